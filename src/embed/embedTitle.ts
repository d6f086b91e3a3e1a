// A widget's title as embeds show it: French titles get the no-break space French puts before
// « : », so "… Pay : plus de 90 %" never breaks before its colon in a narrow frame.
import type { Locale } from '../lib/i18n/locales.ts';
import { applyFrenchSpacing } from '../lib/remarkFrenchSpacing.js';
import { widgetNamed, type WidgetName } from '../widgets/registry.ts';

export const embedTitle = (widget: WidgetName, locale: Locale): string => {
  const { title } = widgetNamed(widget);
  return locale === 'fr' ? applyFrenchSpacing(title.fr) : title[locale];
};
