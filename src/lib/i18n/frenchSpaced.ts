// French typography for a widget's French words: the plain space typed before « : ; ! ? » becomes
// the no-break space French requires (the rule content/fr/ gets from remarkFrenchSpacing). Applied
// once, at build time, to the table: the page's data carries the words already spaced. The values a
// template's placeholders receive (Intl numbers, a QR payload) are filled later and stay as they are.
import { applyFrenchSpacing } from '../remarkFrenchSpacing.js';

export function frenchSpaced<T>(strings: T): T {
  if (typeof strings === 'string') return applyFrenchSpacing(strings) as T;
  if (Array.isArray(strings)) return strings.map((item: unknown) => frenchSpaced(item)) as T;
  if (typeof strings === 'object' && strings !== null) {
    return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, frenchSpaced(value)])) as T;
  }
  return strings;
}
