// What the widget's QR code says when a reader scans it with a real phone. It must be harmless: a
// plain sentence that says it is a demonstration and carries the amount typed, never a URL or
// anything a payment app could act on.
//
// Format, one line of printable ASCII (the sentence is each language's `qrPayload` template in
// qrFlowStrings.ts, the amount filled here):
//   DEMO - not a payment. Alipay "transfer to WeChat friends" trial (2022): CNY 88.00
//   DEMO - pas un paiement. Essai Alipay "transfert aux amis WeChat" (2022) : CNY 88.00
// - ASCII only: uqr writes text in byte mode without an ECI header, and scanners that assume
//   ISO-8859-1 would garble "¥", "–" or accented letters. Hence "CNY" and "-", and French words
//   chosen without accents.
// - The amount is written the same way in both languages (ISO 4217 code, point, two decimals):
//   it is data for whoever reads the code, not prose for the page (the page uses formatYuan).
import { encode } from 'uqr';
import { fill } from '../../lib/fill.ts';

/** "CNY 88.00": the amount as the payload writes it. */
export function payloadAmount(fen: number): string {
  return `CNY ${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The code's text: the page's language's template, {amount} filled. */
export function qrPayload(template: string, fen: number): string {
  return fill(template, { amount: payloadAmount(fen) });
}

/**
 * Error correction M and a fixed version: every payload from CNY 0.01 to CNY 2000.00 fits version
 * 6 (41 x 41 modules), so the code keeps its size while the reader types. A test checks the fit.
 */
export const QR_VERSION = 6;
const QR_MASK = 2;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /**
   * SVG path data for the dark modules, in module units: each horizontal run of them a line
   * through the middle of its row, to be stroked one module wide (a rectangle per run takes twice
   * the bytes, and the code is drawn in the story's first view, on its first 14 KB).
   */
  darkRunsPath: string;
}

// Both phones draw the same code, and stepping back and forth redraws it: encoding (eight masks
// tried, each scored) is the costliest thing the widget does on a slow phone, so do it once.
const encoded = new Map<string, QrMatrix>();

export function qrMatrix(payload: string): QrMatrix {
  let matrix = encoded.get(payload);
  if (matrix === undefined) {
    if (encoded.size > 16) encoded.clear();
    matrix = encodeMatrix(payload);
    encoded.set(payload, matrix);
  }
  return matrix;
}

function encodeMatrix(payload: string): QrMatrix {
  // A fixed mask: any of the eight is valid; scoring all eight to pick one costs 5x the encoding.
  const { size, data } = encode(payload, { ecc: 'M', minVersion: QR_VERSION, border: 0, maskPattern: QR_MASK });
  let path = '';
  data.forEach((row, y) => {
    // A row's first run starts from the left edge; each next one moves on from the last one's end.
    let end: number | null = null;
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += end === null ? `M${start} ${y}.5h${x - start}` : `m${start - end} 0h${x - start}`;
      end = x;
    }
  });
  return { size, darkRunsPath: path };
}
