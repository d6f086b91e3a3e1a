// Widgets' words as data: the shared template and plural helpers, and every strings table's
// templates, whose placeholders must be the ones the widget's code fills.
import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf, pluralForm } from '../../src/lib/fill.ts';
import { frenchSpaced } from '../../src/lib/i18n/frenchSpaced.ts';
import { locales } from '../../src/lib/i18n/locales.ts';
import { marketShareStrings } from '../../src/widgets/market-share/marketShareStrings.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';
import { timelineStrings } from '../../src/widgets/timeline/timelineStrings.ts';
import { usersStrings } from '../../src/widgets/wechat-users/usersStrings.ts';
import { readStoryData } from '../../src/data/readStoryData.ts';
import type { AmountProblem } from '../../src/widgets/qr-flow/amount.ts';
import { amountHint, amountProblemMessage, describeFlowState } from '../../src/widgets/qr-flow/describeFlow.ts';
import { QR_FLOW_STATE_COUNT, scenarios } from '../../src/widgets/qr-flow/flowStates.ts';
import { firms, viewData, viewPoints, type ViewIndex } from '../../src/widgets/market-share/shareData.ts';
import { pointText } from '../../src/widgets/market-share/pointText.ts';
import { captionOf, describeView } from '../../src/widgets/market-share/viewText.ts';
import { describeUsersState, labelledPoint, usersStates } from '../../src/widgets/wechat-users/usersStates.ts';

describe('fill', () => {
  it('puts each value in its placeholder, numbers included, wherever the language puts it', () => {
    expect(fill('Step {step} of {total}', { step: 2, total: 6 })).toBe('Step 2 of 6');
    expect(fill('{title}\u00a0: {count}', { count: '3 événements', title: 'Murs' })).toBe('Murs\u00a0: 3 événements');
    expect(fill('{amount}, again {amount}', { amount: '¥88.00' })).toBe('¥88.00, again ¥88.00');
  });
  it('leaves a placeholder without a value as it is written, so a check can find it', () => {
    expect(fill('{nope} here', {})).toBe('{nope} here');
  });
  it('lists a template’s placeholders once each', () => {
    expect(placeholdersOf('From {min} to {max}, at least {min}')).toEqual(['min', 'max']);
    expect(placeholdersOf('No value')).toEqual([]);
  });
});

describe('pluralForm', () => {
  const forms = { one: 'one', other: 'other' };
  it('follows each language’s rule from Intl: French counts zero as singular, English does not', () => {
    expect([0, 1, 2].map((count) => pluralForm(forms, count, 'fr-FR'))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((count) => pluralForm(forms, count, 'en-GB'))).toEqual(['other', 'one', 'other']);
  });
});

describe('frenchSpaced', () => {
  it('spaces every string of a table, however deep, and leaves placeholders alone', () => {
    expect(frenchSpaced({ a: 'Hypothèse : {amount}', b: ['au plus ; les', 'ok'] })).toEqual({ a: 'Hypothèse\u00a0: {amount}', b: ['au plus\u202f; les', 'ok'] });
  });
});

/**
 * The placeholders the widgets' code fills, by the key of the template (`*`: any key at that
 * level). Any other string of a table takes none.
 */
const filled: Record<string, Record<string, string[]>> = {
  'qr-flow': {
    amountHint: ['min', 'max'],
    'amountProblems.*': ['min', 'max'],
    stepLabel: ['step', 'total'],
    'stateSentences.*.*': ['amount', 'cap'],
    moneyHere: ['amount'],
    qrAlt: ['payload'],
    qrPayload: ['amount'],
  },
  'market-share': {
    chartLabel: ['view'],
    'viewSentences.0': ['quarter', 'pair', 'others'],
    'viewSentences.1': ['alipay', 'tenpay'],
    'viewSentences.2': ['firm', 'alipayFrom', 'alipayFromQuarter', 'alipayTo', 'alipayToQuarter', 'tenpayFrom', 'tenpayTo', 'last'],
    'viewSentences.3': ['quarter', 'firm', 'alipay', 'tenpay', 'alipayExcluding', 'tenpayExcluding'],
    quarterRange: ['from', 'to'],
    measuredAt: ['metric', 'when'],
    sourceLine: ['publishers'],
    pointSummary: ['part', 'period', 'value'],
  },
  'wechat-users': {
    position: ['state', 'count'],
    claimPassed: ['quarter'],
    moreThan: ['count'],
    describe: ['when', 'users'],
    'describeClaim.passed': ['quarter'],
  },
  timeline: {
    chartLabel: ['count'],
    periodStatus: ['title', 'count'],
    'eventCount.*': ['n'],
    imageAlt: ['count', 'from', 'to'],
    yearHeading: ['year'],
  },
};

const tables = { 'qr-flow': qrFlowStrings, 'market-share': marketShareStrings, 'wechat-users': usersStrings, timeline: timelineStrings };

/** Every string of a table with its key path: ["stateSentences.trial.0", "…"]. */
const entries = (value: unknown, path: string[] = []): [string[], string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => entries(inner, [...path, key]))
      : [];

const allowedAt = (widget: string, path: string[]): string[] => {
  const match = Object.entries(filled[widget]!).find(([pattern]) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((part, index) => part === '*' || part === path[index]);
  });
  return match?.[1] ?? [];
};

describe.each(Object.entries(tables))('the %s strings', (widget, table) => {
  it('use only placeholders the code fills, and the same ones in every language', () => {
    for (const locale of locales) {
      for (const [path, template] of entries(table[locale])) {
        const names = placeholdersOf(template);
        expect(names.filter((name) => !allowedAt(widget, path).includes(name)), `${widget} ${locale} ${path.join('.')}`).toEqual([]);
        const elsewhere = entries(table[locales.find((other) => other !== locale)!]).find(([other]) => other.join('.') === path.join('.'));
        expect(new Set(placeholdersOf(elsewhere![1])), `${widget} ${path.join('.')} across languages`).toEqual(new Set(names));
      }
    }
  });
  it('hold plain data that a page can carry as JSON: strings, no functions', () => {
    for (const locale of locales) expect(JSON.parse(JSON.stringify(table[locale]))).toEqual(table[locale]);
  });
  it('declare only keys that exist', () => {
    const paths = entries(table.en).map(([path]) => path);
    for (const pattern of Object.keys(filled[widget]!)) {
      const parts = pattern.split('.');
      expect(paths.some((path) => parts.length === path.length && parts.every((part, i) => part === '*' || part === path[i])), pattern).toBe(true);
    }
  });
});

describe('the sentences the widgets write from their templates', () => {
  const { marketShare, sources, wechatUsers } = readStoryData('content/data');
  const unfilled = /\{\w+\}/;
  const amountProblems: AmountProblem[] = ['empty', 'format', 'notPositive', 'tooManyDecimals', 'tooLarge'];
  it('leave no placeholder unfilled, in any state, language or case', () => {
    for (const locale of locales) {
      const sentences: string[] = [];
      const qr = qrFlowStrings[locale];
      for (const scenario of scenarios) {
        for (let state = 0; state < QR_FLOW_STATE_COUNT; state++) sentences.push(describeFlowState(qr, state, scenario, 8800, locale));
      }
      sentences.push(amountHint(qr, locale), ...amountProblems.map((problem) => amountProblemMessage(qr, problem, locale)));
      const share = marketShareStrings[locale];
      const data = viewData(marketShare);
      const refs = sources.map(({ id, publisher, url }) => ({ id, publisher, url }));
      for (const firm of firms) {
        for (const view of [0, 1, 2, 3] as ViewIndex[]) {
          sentences.push(describeView(share, view, data, firm, locale), captionOf(share, view, data, firm, locale, refs));
          sentences.push(...viewPoints(view, data, firm).map((point) => pointText(share, point, locale, refs, 'story').summary));
        }
      }
      const users = usersStrings[locale];
      const points = wechatUsers.map((row) => labelledPoint(row, users, locale));
      sentences.push(...usersStates(points).map((state) => describeUsersState(users, state, points, locale)), ...points.map((point) => point.usersLabel));
      expect(sentences.length).toBeGreaterThan(40);
      expect(sentences.filter((sentence) => unfilled.test(sentence))).toEqual([]);
    }
  });
});
