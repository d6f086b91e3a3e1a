// The oEmbed description of each embed page (https://oembed.com/, type "rich"), written as static
// JSON at oembed/<locale>/<widget>.json; each embed page points to its own with
// <link rel="alternate" type="application/json+oembed">, so a CMS that discovers oEmbed gets the
// iframe code by itself. URLs are absolute, from the site's configured address.
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';
import { uiStrings } from '../../../lib/i18n/uiStrings.ts';
import { storyPath } from '../../../lib/paths.ts';
import { embeddableWidgets, widgetNamed, type WidgetName } from '../../../widgets/registry.ts';
import { iframeCode } from '../../../embed/embedCodes.ts';
import { embedTitle } from '../../../embed/embedTitle.ts';

/** oEmbed wants a width in pixels; the iframe itself is 100% wide. A usual article column. */
const OEMBED_WIDTH = 640;

export const getStaticPaths = () => locales.flatMap((locale) => embeddableWidgets.map((widget) => ({ params: { locale, widget } })));

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.locale as Locale;
  const widget = params.widget as WidgetName;
  if (site === undefined) throw new Error('oEmbed: astro.config.mjs must set `site` (absolute URLs)');
  const siteRoot = new URL('./', site).href;
  const title = embedTitle(widget, locale);
  const height = widgetNamed(widget).frameHeight;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: uiStrings[locale].siteTitle,
    provider_url: new URL(storyPath(locale), siteRoot).href,
    html: iframeCode({ siteRoot, widget, locale, title, height }),
    width: OEMBED_WIDTH,
    height,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
