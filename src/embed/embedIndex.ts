// The embed index in the browser: rewrites each code with the address the site is really served
// at, and copies a code exactly as shown.
import { isLocale } from '../lib/i18n/locales.ts';
import type { WidgetName } from '../widgets/registry.ts';
import { iframeCode, responsiveCode } from './embedCodes.ts';
import { embedStrings } from './embedStrings.ts';
import { readWidgetFacts } from './widgetFacts.ts';
import { startEmbedBuilder } from './embedBuilder.ts';

export function startEmbedIndex(): void {
  const index = document.querySelector<HTMLElement>('[data-embed-index]');
  const locale = index?.dataset.locale;
  if (!index || !isLocale(locale)) return;
  const t = embedStrings[locale];
  // The server wrote the codes from the configured address; this copy may live elsewhere.
  const siteRoot = new URL(index.dataset.siteRoot ?? './', window.location.href);
  siteRoot.search = '';
  siteRoot.hash = '';

  const facts = readWidgetFacts(index);
  for (const code of index.querySelectorAll<HTMLElement>('[data-embed-code]')) {
    const widget = code.dataset.widget as WidgetName | undefined;
    const known = widget === undefined ? undefined : facts[widget];
    if (widget === undefined || known === undefined) continue;
    const input = { siteRoot: siteRoot.href, widget, locale, title: known.title[locale] };
    code.textContent = code.dataset.embedCode === 'iframe' ? iframeCode({ ...input, height: known.frameHeight }) : responsiveCode(input);
  }

  startEmbedBuilder(siteRoot, locale);

  const status = index.querySelector<HTMLElement>('[data-copy-status]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  index.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy]') : null;
    const code = button ? document.getElementById(button.dataset.copy ?? '') : null;
    if (!code) return;
    say('');
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => say(t.copied),
      () => {
        // Select the code so the editor can copy it with the keyboard.
        window.getSelection()?.selectAllChildren(code);
        say(t.copyFailed);
      },
    );
  });
}
