// The embed builder in the browser (EmbedBuilder.astro): its choices live in the page's address,
// so a builder link opens on the same code; a choice that does not exist falls back as an embed
// URL's parameters do (readEmbedParams), and the code and its preview are made by the same
// functions as every other code of ours.
import { clampStep, readEmbedParams, type EmbedParams } from '../lib/embedParams.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import { embeddableWidgets, type WidgetName } from '../widgets/registry.ts';
import { iframeCode, responsiveCode, responsivePlaceholder } from './embedCodes.ts';
import { fixedFrameHeight } from './embedSizes.ts';
import { embedStrings } from './embedStrings.ts';
import { embedTitle } from './embedTitle.ts';

type HeightMode = 'responsive' | 'fixed';

interface Choice {
  widget: WidgetName;
  lang: Locale;
  height: HeightMode;
  params: EmbedParams;
}

const isWidget = (name: string | null): name is WidgetName => (embeddableWidgets as readonly (string | null)[]).includes(name);

/** The builder's choices from a query string, each unknown value replaced by its default. */
export function readChoice(search: string, pageLocale: Locale, stepCounts: Record<WidgetName, number>): Choice {
  const query = new URLSearchParams(search);
  const widget = query.get('widget');
  const lang = query.get('lang');
  const chosen: WidgetName = isWidget(widget) ? widget : embeddableWidgets[0];
  const params = readEmbedParams(search);
  return {
    widget: chosen,
    lang: isLocale(lang) ? lang : pageLocale,
    height: query.get('height') === 'fixed' ? 'fixed' : 'responsive',
    params: { ...params, step: clampStep(params.step, stepCounts[chosen]) },
  };
}

export function startEmbedBuilder(siteRoot: URL, pageLocale: Locale): void {
  const builder = document.querySelector<HTMLElement>('[data-embed-builder]');
  const form = builder?.querySelector('form');
  const code = builder?.querySelector<HTMLElement>('[data-builder-code]');
  const preview = builder?.querySelector<HTMLElement>('[data-builder-preview]');
  if (!builder || !form || !code || !preview) return;
  const t = embedStrings[pageLocale];
  const stepCounts = JSON.parse(builder.dataset.stepCounts ?? '{}') as Record<WidgetName, number>;
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T | RadioNodeList;

  const show = (choice: Choice, remember: boolean) => {
    const stepSelect = field<HTMLSelectElement>('step') as HTMLSelectElement;
    const count = stepCounts[choice.widget];
    stepSelect.replaceChildren(...Array.from({ length: count }, (_, step) => new Option(t.builderStepOption(step + 1, count), String(step))));
    (field('widget') as HTMLSelectElement).value = choice.widget;
    (field('lang') as HTMLSelectElement).value = choice.lang;
    stepSelect.value = String(choice.params.step);
    (field('theme') as RadioNodeList).value = choice.params.theme;
    (field('height') as RadioNodeList).value = choice.height;

    const input = { siteRoot: siteRoot.href, widget: choice.widget, locale: choice.lang, title: embedTitle(choice.widget, choice.lang), params: choice.params };
    const height = fixedFrameHeight[choice.widget];
    code.textContent = choice.height === 'fixed' ? iframeCode({ ...input, height }) : responsiveCode(input);
    // The preview is the code itself: the iframe, or the placeholder the page's loader turns into one.
    preview.innerHTML = choice.height === 'fixed' ? iframeCode({ ...input, height }) : responsivePlaceholder(input);
    // The address keeps the editor's choices (a link to this code), once there are choices.
    if (!remember) return;
    const query = new URLSearchParams({ widget: choice.widget, lang: choice.lang, theme: choice.params.theme, step: String(choice.params.step), height: choice.height });
    history.replaceState(null, '', `?${query}${window.location.hash}`);
  };

  form.addEventListener('change', () => {
    const values = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    show(readChoice(`?${values}`, pageLocale, stepCounts), true);
  });
  builder.hidden = false;
  show(readChoice(window.location.search, pageLocale, stepCounts), false);
}
