// The codes an editor pastes into another site. They hold absolute URLs, computed from the address
// the site is actually served at (the index page's location in the browser, Astro.site on the
// server), because the site itself may be copied under any host and path.
import type { Locale } from '../lib/i18n/locales.ts';
import { defaultEmbedParams, embedQuery, type EmbedParams } from '../lib/embedParams.ts';
import { embedPagePath } from '../lib/paths.ts';
import type { WidgetName } from '../widgets/registry.ts';

/** The attribute that marks a placeholder for our loader. */
export const PLACEHOLDER_ATTRIBUTE = 'data-alipay-wechat-embed';
/** The loader's file, at the site root, under a name that never changes. */
export const LOADER_FILE = 'embed.js';
/**
 * What an embed iframe may do: run its own scripts as its own origin, open the story in a new tab
 * when a reader clicks, download the CSV. It may not navigate the host page, submit forms or
 * open dialogs.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** Site-relative path of an embed's oEmbed JSON, e.g. "oembed/en/qr-flow.json". */
export const oembedPath = (widget: WidgetName, locale: Locale): string => `oembed/${locale}/${widget}.json`;

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export interface EmbedCodeInput {
  /** Absolute URL of the site root, ending with "/". */
  siteRoot: string;
  widget: WidgetName;
  locale: Locale;
  title: string;
  /** Theme, first step (null: the graphic's fullest state), autoplay; the defaults when not given. */
  params?: EmbedParams;
}

/** The placeholder alone: a plain link until the loader turns it into the graphic. */
export function responsivePlaceholder({ siteRoot, widget, locale, title, params = defaultEmbedParams }: EmbedCodeInput): string {
  const page = new URL(embedPagePath(widget, locale), siteRoot).href;
  return (
    // No data-step when no step is chosen: the embed then opens on the graphic's fullest state.
    `<div ${PLACEHOLDER_ATTRIBUTE} data-theme="${params.theme}"${params.step === null ? '' : ` data-step="${params.step}"`} data-autoplay="${params.autoplay ? 1 : 0}">` +
    `<a href="${escapeHtml(page)}">${escapeHtml(title)}</a></div>`
  );
}

/** A placeholder (a plain link until the loader runs) and the loader script. */
export function responsiveCode(input: EmbedCodeInput): string {
  const loader = new URL(LOADER_FILE, input.siteRoot).href;
  return `${responsivePlaceholder(input)}\n<script src="${escapeHtml(loader)}" async></script>`;
}

/** A fixed-height iframe, for CMSs that strip scripts; also the oEmbed html. */
export function iframeCode({ siteRoot, widget, locale, title, height, params = defaultEmbedParams }: EmbedCodeInput & { height: number }): string {
  const url = new URL(embedPagePath(widget, locale), siteRoot);
  url.search = embedQuery({ theme: params.theme, step: params.step === null ? null : String(params.step), autoplay: params.autoplay ? '1' : '0' });
  const page = url.href;
  return (
    `<iframe src="${escapeHtml(page)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" ` +
    `frameborder="0" loading="lazy" sandbox="${FRAME_SANDBOX}"></iframe>`
  );
}
