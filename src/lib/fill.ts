// Words reach the browser as data (a page's JSON element), never as code: a sentence with a value
// in it is a template with named placeholders, "Step {step} of {total}", filled here. Small enough
// for every widget's script; the words themselves stay in the page, in its language only.
import { pluralRules } from './intlCache.ts';

/** A sentence that changes with a count: Intl.PluralRules picks the form (French « 0 événement » is singular). */
export interface PluralForms {
  one: string;
  other: string;
}

const placeholder = /\{(\w+)\}/g;

/** Replaces {name} placeholders in a template; a name without a value stays as it is written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(placeholder, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The form of `forms` that a count takes in `intlTag`'s language ("fr", "en-GB"). */
export const pluralForm = (forms: PluralForms, count: number, intlTag: string): string =>
  pluralRules(intlTag).select(count) === 'one' ? forms.one : forms.other;

/** The names of a template's placeholders, in order, once each. */
export const placeholdersOf = (template: string): string[] => [...new Set(Array.from(template.matchAll(placeholder), (match) => match[1]!))];
