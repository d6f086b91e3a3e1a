// The messages between an embed page (the child, in an iframe) and the page that hosts it (the
// parent: our loader, embed.js, or a pym.js parent). Both sides use this one module so they cannot
// drift apart. The wire format is pym.js's, so existing pym parents size our embeds unchanged:
//   pymxPYMx<childId>xPYMx<type>xPYMx<value>
// Like pym's _isSafeMessage, a parent trusts nothing in a message event: it checks which window
// sent it, from which origin, that the text has the expected shape, and parses and clamps numbers.

const PREFIX = 'pym';
const DELIMITER = 'xPYMx';

/** The only message type either side acts on. */
export type EmbedMessageType = 'height';
const messageTypes: ReadonlySet<string> = new Set<EmbedMessageType>(['height']);

/** A longer message is not one of ours (a height message is under 100 characters). */
const MAX_MESSAGE_LENGTH = 200;

/** The iframe never shrinks below this (px), so a bad measure cannot make a graphic vanish. */
export const MIN_FRAME_HEIGHT = 80;
/** …nor grows past this: no widget is anywhere near it, a runaway loop would be. */
export const MAX_FRAME_HEIGHT = 20_000;
/** A height above this is not a measure but garbage or an attack: the message is dropped. */
const ABSURD_HEIGHT = 100_000;

/** pym parents name the child after the host element's id; we accept the characters ids use. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
export const isValidChildId = (id: string): boolean => CHILD_ID.test(id) && !id.includes(DELIMITER);

export function makeMessage(childId: string, type: EmbedMessageType, value: string): string {
  return [PREFIX, childId, type, value].join(DELIMITER);
}

export const makeHeightMessage = (childId: string, height: number): string => makeMessage(childId, 'height', String(Math.ceil(height)));

export interface ParsedMessage {
  type: EmbedMessageType;
  value: string;
}

/** The type and value of a message addressed to `childId`, or null if it is anything else. */
export function parseMessage(data: unknown, childId: string): ParsedMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE_LENGTH) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4) return null;
  const [prefix, id, type, value] = parts as [string, string, string, string];
  if (prefix !== PREFIX || id !== childId || !messageTypes.has(type)) return null;
  return { type: type as EmbedMessageType, value };
}

/** A height in CSS pixels, clamped to the frame's range; null for anything not a plain number. */
export function parseHeight(value: string): number | null {
  if (!/^\d{1,7}(\.\d{1,6})?$/.test(value)) return null;
  const height = Number(value);
  if (!Number.isFinite(height) || height > ABSURD_HEIGHT) return null;
  return Math.min(Math.max(Math.ceil(height), MIN_FRAME_HEIGHT), MAX_FRAME_HEIGHT);
}

/** The parts of a MessageEvent a parent checks (a plain object in unit tests). */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** What a parent expects of one of its iframes. */
export interface ExpectedSender {
  /** The iframe's contentWindow: the only window whose messages count. */
  source: unknown;
  /** Our origin, as the loader computed it from its own URL. */
  origin: string;
  childId: string;
}

/** The new height a message asks for, or null if the message must be ignored. */
export function readHeightMessage(event: IncomingMessage, expected: ExpectedSender): number | null {
  if (expected.source === null || event.source !== expected.source) return null;
  if (event.origin !== expected.origin) return null;
  const message = parseMessage(event.data, expected.childId);
  if (message === null || message.type !== 'height') return null;
  return parseHeight(message.value);
}

/**
 * Where the child posts its height: its parent's origin when the browser tells it (Chromium's
 * ancestorOrigins, else the referrer, else pym's parentUrl parameter); '*' only when nothing does.
 * The message goes to window.parent in every case, and a height is no secret.
 */
export function parentTargetOrigin(ancestorOrigin: string | undefined, referrer: string, parentUrl: string | null): string {
  for (const candidate of [ancestorOrigin, referrer, parentUrl]) {
    const origin = httpOrigin(candidate);
    if (origin !== null) return origin;
  }
  return '*';
}

function httpOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
