// The `note` column of content/data/market-share.csv, in the reader's language. The file holds no
// prose, so that a note reads in French on the French page: each note is a space-separated list of
// tokens, either a key of `noteKeys` (worded in marketShareStrings.ts) or `Name=share`, a smaller
// provider's share as the source publishes it (Analysys gave Lakala's, third in 2016).
// Worded at build time only: the page data carries each row's notes in the page's language, so
// neither language's wording ships in the widget's script.
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatShare } from './viewText.ts';

export const noteKeys = [
  /** The share figures are Xinhua's; only a low-quality repost names the research firm. */
  'firm-named-by-repost',
  'tenpay-firm-unnamed',
  'tenpay-from-top-two',
  'firm-unnamed-rounded',
  'read-off-chart',
  'quarter-inferred',
] as const;
export type NoteKey = (typeof noteKeys)[number];

const noteWords: Record<Locale, { notes: Record<NoteKey, string>; providerShare: (name: string, share: string) => string }> = {
  fr: {
    notes: {
      'firm-named-by-repost': 'Institut non confirmé\u00a0: Xinhua donne ces chiffres sans le nommer, seule une reprise de presse les attribue à Analysys',
      'tenpay-firm-unnamed': 'Part de WeChat Pay lue sur une page qui ne nomme pas l’institut',
      'tenpay-from-top-two': 'Part de WeChat Pay déduite du total des deux leaders publié avec le trimestre suivant',
      'firm-unnamed-rounded': 'Chiffres arrondis, tirés d’un résumé qui ne nomme pas l’institut',
      'read-off-chart': 'Valeur approchée, lue sur un graphique',
      'quarter-inferred': 'Trimestre déduit d’un extrait tronqué',
    },
    providerShare: (name, share) => `${name}\u00a0: ${share}`,
  },
  en: {
    notes: {
      'firm-named-by-repost': 'Firm unconfirmed: Xinhua gives these figures without naming it; only a press repost attributes them to Analysys',
      'tenpay-firm-unnamed': 'WeChat Pay’s share read on a page that does not name the firm',
      'tenpay-from-top-two': 'WeChat Pay’s share derived from the top-two total published with the next quarter',
      'firm-unnamed-rounded': 'Rounded figures from a summary that names no firm',
      'read-off-chart': 'Approximate value, read off a chart',
      'quarter-inferred': 'Quarter inferred from a truncated excerpt',
    },
    providerShare: (name, share) => `${name}: ${share}`,
  },
  zh: {
    notes: {
      'firm-named-by-repost': '机构未经证实：新华社发布这些数字时没有点名机构，只有一篇转载把它们归于易观',
      'tenpay-firm-unnamed': '微信支付的份额读自一个没有点名机构的页面',
      'tenpay-from-top-two': '微信支付的份额由下一季度一同公布的前两名合计推算',
      'firm-unnamed-rounded': '四舍五入后的数字，出自一份没有点名机构的摘要',
      'read-off-chart': '近似值，从图表中读出',
      'quarter-inferred': '季度由不完整的摘录推断',
    },
    providerShare: (name, share) => `${name}：${share}`,
  },
};

const isNoteKey = (token: string): token is NoteKey => (noteKeys as readonly string[]).includes(token);
const providerShare = /^(\p{Lu}[\p{L}\p{N} .-]*)=(\d+(?:\.\d+)?)$/u;

/** The rows as the page ships them: each `note` worded in the page's language, one per line. */
export const withWordedNotes = <Row extends { note: string }>(rows: readonly Row[], locale: Locale): Row[] =>
  rows.map((row) => ({ ...row, note: rowNotes(row.note, locale).join('\n') }));

/** The row's notes as sentences in `locale`; an unknown token fails the build, naming it. */
export function rowNotes(note: string, locale: Locale): string[] {
  const s = noteWords[locale];
  return note
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => {
      if (isNoteKey(token)) return s.notes[token];
      const share = providerShare.exec(token);
      if (share !== null) return s.providerShare(share[1]!, formatShare(Number(share[2]), locale));
      throw new Error(`market-share.csv: unknown note "${token}" (expected one of ${noteKeys.join(', ')}, or Name=share)`);
    });
}
