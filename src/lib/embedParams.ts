// Parameters an editor may put on an embed URL. Anything unknown or malformed falls back to the
// default; values are parsed, never echoed into the page.
export type ThemeChoice = 'light' | 'dark' | 'auto';

export interface EmbedParams {
  theme: ThemeChoice;
  /**
   * Zero-based state to start in, clamped by the widget to its own range; null when none is asked
   * (or the value is not a step): the widget opens on its most informative state (openingState).
   */
  step: number | null;
  autoplay: boolean;
}

export const defaultEmbedParams: EmbedParams = { theme: 'auto', step: null, autoplay: false };

const MAX_STEP = 99;

export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const step = params.get('step');
  const autoplay = params.get('autoplay');
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : defaultEmbedParams.theme,
    step: step !== null && /^\d{1,2}$/.test(step) && Number(step) <= MAX_STEP ? Number(step) : defaultEmbedParams.step,
    autoplay: autoplay === '1' ? true : autoplay === '0' ? false : defaultEmbedParams.autoplay,
  };
}

/** Clamp a requested step into a widget's range of states. */
export const clampStep = (step: number, stateCount: number): number => Math.min(Math.max(0, Math.trunc(step)), stateCount - 1);

/** Raw values as an editor wrote them, e.g. the loader's data-theme/data-step/data-autoplay. */
export type RawEmbedParams = Partial<Record<keyof EmbedParams, string | null | undefined>>;

/**
 * The query string for an embed URL: only valid values that differ from the defaults, so a bad
 * value is dropped here and again by readEmbedParams on the embed page.
 */
export function embedQuery(raw: RawEmbedParams): string {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') given.set(key, value.trim());
  const params = readEmbedParams(given.toString());
  const query = new URLSearchParams();
  if (params.theme !== defaultEmbedParams.theme) query.set('theme', params.theme);
  if (params.step !== null) query.set('step', String(params.step));
  if (params.autoplay !== defaultEmbedParams.autoplay) query.set('autoplay', '1');
  return query.toString();
}
