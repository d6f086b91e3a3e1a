// How sure our sources are of a figure, in words. Shared by the page's words (uiStrings.ts), the
// story's <Confidence> and the market-share widget's words, which carry them to the browser as data.
import type { Locale } from './locales.ts';

export type ConfidenceLabel = 'high' | 'medium-high' | 'medium' | 'low-medium' | 'low' | 'derived';

export const confidenceLabels: Record<Locale, Record<ConfidenceLabel, string>> = {
  fr: {
    high: 'fiabilité élevée',
    'medium-high': 'fiabilité assez élevée',
    medium: 'fiabilité moyenne',
    'low-medium': 'fiabilité plutôt faible',
    low: 'fiabilité faible',
    derived: 'valeur calculée par nous',
  },
  en: {
    high: 'high confidence',
    'medium-high': 'medium-high confidence',
    medium: 'medium confidence',
    'low-medium': 'low-medium confidence',
    low: 'low confidence',
    derived: 'computed by us',
  },
  zh: {
    high: '可信度高',
    'medium-high': '可信度较高',
    medium: '可信度中等',
    'low-medium': '可信度较低',
    low: '可信度低',
    derived: '由我们计算',
  },
};
