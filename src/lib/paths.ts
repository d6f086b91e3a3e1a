// Every URL the browser follows is relative to the page, so one dist/ works under any sub-path.
import { localeFolder } from './i18n/languages.ts';
import type { Locale } from './i18n/locales.ts';
import type { WidgetName } from '../widgets/registry.ts';

/** Site-relative path of the story in a language, with a trailing slash ('' is the site root). */
export const storyPath = (locale: Locale): string => localeFolder(locale);

/**
 * The story's static edition: every graphic as its states, one after another, no widget. Readers
 * without JavaScript are sent there, so the interactive page need not carry those frames.
 */
export const staticStoryPath = (locale: Locale): string => `${storyPath(locale)}static/`;

/** A link from the page at `from` to the page at `to`, both site-relative directory paths. */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').filter(Boolean).length;
  const href = '../'.repeat(depth) + to;
  return href === '' ? './' : href;
}

/** The offline worker of a language's story, beside it: its scope is that language's pages. */
export const offlineWorkerPath = (locale: Locale): string => `${storyPath(locale)}sw.js`;

/** Site-relative path of an embed page, e.g. "en/embed/qr-flow/". */
export const embedPagePath = (widget: WidgetName, locale: Locale): string => `${storyPath(locale)}embed/${widget}/`;
/** Its static edition: the graphic's states as frames, for readers without JavaScript. */
export const staticEmbedPagePath = (widget: WidgetName, locale: Locale): string => `${embedPagePath(widget, locale)}static/`;
