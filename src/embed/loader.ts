// embed.js, the loader an editor pastes with a placeholder: turns each placeholder of ours into an
// iframe of its embed page and keeps the iframe's height equal to the content's. Bundled on its
// own (src/pages/embed.js.ts) and served at the site root under a name that never changes.
//
// It runs on other people's pages, so it adds no inline script or style element (only CSSOM
// properties, which a strict Content-Security-Policy allows), touches only its placeholders, and
// believes a message only if it comes from one of its own iframes, from our origin, in our shape.
import { readHeightMessage } from '../lib/embedMessages.ts';
import { embedQuery } from '../lib/embedParams.ts';
import type { WidgetName } from '../widgets/registry.ts';
import { FRAME_SANDBOX, PLACEHOLDER_ATTRIBUTE } from './embedCodes.ts';

// Written in by the build (src/pages/embed.js.ts), from the widgets' descriptions and the
// languages: each widget's fixed frame height, and the languages' folders under the site root.
declare const __FRAME_HEIGHTS__: Record<WidgetName, number>;
declare const __LANGUAGE_FOLDERS__: string[];
const frameHeights = __FRAME_HEIGHTS__;
const isWidgetName = (name: string): name is WidgetName => Object.prototype.hasOwnProperty.call(frameHeights, name);

/** Set on a placeholder once a loader has made its iframe, so a second copy of embed.js skips it. */
const LOADED_ATTRIBUTE = `${PLACEHOLDER_ATTRIBUTE}-loaded`;
const EMBED_PATH = new RegExp(`^(?:(?:${__LANGUAGE_FOLDERS__.join('|')})/)?embed/([a-z0-9-]+)/$`);

interface OwnFrame {
  iframe: HTMLIFrameElement;
  childId: string;
}

/** The site root, from the loader's own address: the site may be copied under any host and path. */
function siteRootOf(script: HTMLScriptElement | null): URL | null {
  if (script === null || script.src === '') return null;
  const root = new URL('./', script.src);
  return root.protocol === 'https:' || root.protocol === 'http:' ? root : null;
}

/** The embed page a placeholder's link points at, if it is one of this site's embed pages. */
function embedPageOf(placeholder: Element, siteRoot: URL): { page: URL; widget: WidgetName } | null {
  const link = placeholder.querySelector('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return null;
  const page = new URL(link.href);
  if (page.origin !== siteRoot.origin || !page.pathname.startsWith(siteRoot.pathname)) return null;
  const name = EMBED_PATH.exec(page.pathname.slice(siteRoot.pathname.length))?.[1];
  return name !== undefined && isWidgetName(name) ? { page, widget: name } : null;
}

function start(siteRoot: URL): void {
  const frames: OwnFrame[] = [];
  let count = 0;
  const loaderId = Math.random().toString(36).slice(2, 8);

  window.addEventListener('message', (event) => {
    for (const frame of frames) {
      const height = readHeightMessage(event, { source: frame.iframe.contentWindow, origin: siteRoot.origin, childId: frame.childId });
      if (height !== null) {
        frame.iframe.style.height = `${height}px`;
        return;
      }
    }
  });

  const load = (placeholder: Element) => {
    if (placeholder.hasAttribute(LOADED_ATTRIBUTE)) return;
    const target = embedPageOf(placeholder, siteRoot);
    if (target === null) return;
    placeholder.setAttribute(LOADED_ATTRIBUTE, '');
    const childId = `alipay-wechat-${loaderId}-${count++}`;
    const query = embedQuery({
      theme: placeholder.getAttribute('data-theme'),
      step: placeholder.getAttribute('data-step'),
      autoplay: placeholder.getAttribute('data-autoplay'),
    });
    const src = new URL(target.page.pathname, siteRoot.origin);
    src.search = `${query === '' ? '' : `${query}&`}childId=${childId}`;

    const iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = placeholder.textContent?.trim() || target.widget;
    iframe.setAttribute('sandbox', FRAME_SANDBOX);
    iframe.setAttribute('loading', 'lazy');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.height = `${frameHeights[target.widget]}px`;
    frames.push({ iframe, childId });
    placeholder.replaceChildren(iframe);
  };

  const loadAll = () => document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`).forEach(load);
  loadAll();
  // An async script may run before the rest of the page is parsed; and a page that adds articles
  // as the reader goes (infinite scroll, a single-page app, our embed builder's preview) adds
  // placeholders later.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadAll);
  new MutationObserver((changes) => {
    if (changes.some((change) => change.addedNodes.length > 0)) loadAll();
  }).observe(document.documentElement, { childList: true, subtree: true });
}

const siteRoot = siteRootOf(document.currentScript instanceof HTMLScriptElement ? document.currentScript : null);
if (siteRoot !== null) start(siteRoot);
