// The embed builder in the browser (EmbedBuilder.astro): its choices live in the page's address,
// so a builder link opens on the same code; a choice that does not exist falls back as an embed
// URL's parameters do (readEmbedParams), and the code and its preview are made by the same
// functions as every other code of ours.
import { clampStep, readEmbedParams, type EmbedParams } from '../lib/embedParams.ts';
import { isLocale, type Locale } from '../lib/i18n/locales.ts';
import type { WidgetName } from '../widgets/registry.ts';
import { iframeCode, responsiveCode, responsivePlaceholder } from './embedCodes.ts';
import { embedStrings } from './embedStrings.ts';
import { factsWidgets, readWidgetFacts, type WidgetFacts, type WidgetFactsTable } from './widgetFacts.ts';

type HeightMode = 'responsive' | 'fixed';

interface Choice {
  widget: WidgetName;
  lang: Locale;
  height: HeightMode;
  params: EmbedParams;
}

/** The builder's choices from a query string, each unknown value replaced by its default. */
export function readChoice(search: string, pageLocale: Locale, facts: WidgetFactsTable): Choice | null {
  const query = new URLSearchParams(search);
  const known = factsWidgets(facts);
  const asked = known.find((name) => name === query.get('widget'));
  const widget = asked ?? known[0];
  if (widget === undefined) return null;
  const lang = query.get('lang');
  const params = readEmbedParams(search);
  return {
    widget,
    lang: isLocale(lang) ? lang : pageLocale,
    height: query.get('height') === 'fixed' ? 'fixed' : 'responsive',
    params: { ...params, step: params.step === null ? null : clampStep(params.step, facts[widget]!.stateCount) },
  };
}

export function startEmbedBuilder(siteRoot: URL, pageLocale: Locale): void {
  const builder = document.querySelector<HTMLElement>('[data-embed-builder]');
  // Not a <form>: nothing is submitted, every change shows at once.
  const form = builder?.querySelector<HTMLElement>('[data-builder-form]');
  const code = builder?.querySelector<HTMLElement>('[data-builder-code]');
  const preview = builder?.querySelector<HTMLElement>('[data-builder-preview]');
  if (!builder || !form || !code || !preview) return;
  const t = embedStrings[pageLocale];
  const facts = readWidgetFacts(builder);
  const factsOf = (widget: WidgetName): WidgetFacts => facts[widget]!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const setRadio = (name: string, value: string) => {
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
  };
  const radioValue = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

  const show = (choice: Choice, remember: boolean) => {
    const stepSelect = select('step');
    const { stateCount: count, openingState, title, frameHeight: height } = factsOf(choice.widget);
    // First, no step at all (value ""): the code then carries none and the embed opens on its fullest state.
    const opening = new Option(t.builderStepOpening(openingState + 1, count), '');
    stepSelect.replaceChildren(opening, ...Array.from({ length: count }, (_, step) => new Option(t.builderStepOption(step + 1, count), String(step))));
    select('widget').value = choice.widget;
    select('lang').value = choice.lang;
    stepSelect.value = choice.params.step === null ? '' : String(choice.params.step);
    setRadio('theme', choice.params.theme);
    setRadio('height', choice.height);

    const input = { siteRoot: siteRoot.href, widget: choice.widget, locale: choice.lang, title: title[choice.lang], params: choice.params };
    code.textContent = choice.height === 'fixed' ? iframeCode({ ...input, height }) : responsiveCode(input);
    // The preview is the code itself: the iframe, or the placeholder the page's loader turns into one.
    preview.innerHTML = choice.height === 'fixed' ? iframeCode({ ...input, height }) : responsivePlaceholder(input);
    // The address keeps the editor's choices (a link to this code), once there are choices.
    if (!remember) return;
    const step = choice.params.step === null ? [] : [['step', String(choice.params.step)]];
    const query = new URLSearchParams([['widget', choice.widget], ['lang', choice.lang], ['theme', choice.params.theme], ...step, ['height', choice.height]]);
    history.replaceState(null, '', `?${query}${window.location.hash}`);
  };

  form.addEventListener('change', () => {
    const values = new URLSearchParams({
      widget: select('widget').value,
      lang: select('lang').value,
      step: select('step').value,
      theme: radioValue('theme'),
      height: radioValue('height'),
    });
    const choice = readChoice(`?${values}`, pageLocale, facts);
    if (choice) show(choice, true);
  });
  const first = readChoice(window.location.search, pageLocale, facts);
  if (!first) return;
  builder.hidden = false;
  show(first, false);
}
