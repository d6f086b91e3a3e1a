import { describe, expect, it } from 'vitest';
import { MAX_TRANSFER_FEN, MIN_TRANSFER_FEN } from '../../src/widgets/qr-flow/amount.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { payloadAmount, QR_VERSION, qrMatrix, qrPayload as payloadIn } from '../../src/widgets/qr-flow/qrPayload.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';

// Each language's template, as the page carries it.
const qrPayload = (fen: number, locale: Locale) => payloadIn(qrFlowStrings[locale].qrPayload, fen);

describe('the demonstration payload of the QR code', () => {
  it('says it is a demo, names the trial and carries the amount', () => {
    expect(qrPayload(8_800, 'en')).toBe('DEMO - not a payment. Alipay "transfer to WeChat friends" trial (2022): CNY 88.00');
    expect(qrPayload(1_250, 'fr')).toBe('DEMO - pas un paiement. Essai Alipay "transfert aux amis WeChat" (2022) : CNY 12.50');
  });

  it('writes the amount with a point and two decimals in both languages', () => {
    expect(payloadAmount(1)).toBe('CNY 0.01');
    expect(payloadAmount(200_000)).toBe('CNY 2000.00');
    expect(payloadAmount(1_205)).toBe('CNY 12.05');
  });

  it('stays printable ASCII, so every scanner reads it the same', () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(qrPayload(123_456, locale)).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('keeps one code size for every allowed amount', () => {
    const size = 17 + 4 * QR_VERSION;
    for (const locale of ['fr', 'en'] as const) {
      for (const amount of [MIN_TRANSFER_FEN, 8_800, MAX_TRANSFER_FEN]) {
        expect(qrMatrix(qrPayload(amount, locale)).size).toBe(size);
      }
    }
  });

  it('draws dark modules as runs one module high, each on its row, within the code', () => {
    const { size, darkRunsPath } = qrMatrix(qrPayload(8_800, 'en'));
    // The top-left finder pattern starts with a run of seven dark modules on row 0.
    expect(darkRunsPath.startsWith('M0 0.5h7m')).toBe(true);
    const rows = darkRunsPath.split('M').filter(Boolean);
    expect(rows.length).toBe(size);
    for (const row of rows) {
      const [, x, y, runs] = row.match(/^(\d+) (\d+)\.5(.*)$/)!;
      expect(Number(y)).toBeLessThan(size);
      let end = Number(x);
      for (const [, gap, run] of `m0 0${runs}`.matchAll(/m(\d+) 0h(\d+)/g)) {
        end += Number(gap) + Number(run);
        expect(Number(run)).toBeGreaterThan(0);
      }
      expect(end).toBeLessThanOrEqual(size);
    }
  });
});
