// A PNG with a palette of at most 256 colours, from RGBA pixels. The images are flat inks on paper
// with anti-aliased edges (a few hundred colours in all), so a palette keeps every colour that
// counts and makes the files several times smaller than the renderer's RGBA output: a tall image
// at 2x stays under its byte budget. Rarer colours (edge pixels) go to the nearest kept colour.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);
const MAX_COLOURS = 256;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typed = new Uint8Array(4 + data.length);
  typed.set(new TextEncoder().encode(type));
  typed.set(data, 4);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

/** Indices into a palette of the most frequent colours; every pixel is opaque (the images are on paper). */
function quantize(rgba: Uint8Array): { palette: number[]; indices: Uint8Array } {
  const counts = new Map<number, number>();
  for (let at = 0; at < rgba.length; at += 4) {
    const colour = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const palette = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_COLOURS).map(([colour]) => colour);
  const indexOf = new Map(palette.map((colour, index) => [colour, index]));
  const nearest = (colour: number): number => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, index) => {
      const distance = ((candidate >> 16) - (colour >> 16)) ** 2 + (((candidate >> 8) & 255) - ((colour >> 8) & 255)) ** 2 + ((candidate & 255) - (colour & 255)) ** 2;
      if (distance < bestDistance) [best, bestDistance] = [index, distance];
    });
    indexOf.set(colour, best);
    return best;
  };
  const indices = new Uint8Array(rgba.length / 4);
  for (let at = 0; at < rgba.length; at += 4) {
    const colour = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!;
    indices[at / 4] = indexOf.get(colour) ?? nearest(colour);
  }
  return { palette, indices };
}

export function palettePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const { palette, indices } = quantize(rgba);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, no filter method, no interlace
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((colour, index) => plte.set([colour >> 16, (colour >> 8) & 255, colour & 255], index * 3));
  // Each row starts with its filter type: none, the usual best for palette images.
  const rows = new Uint8Array(height * (width + 1));
  for (let row = 0; row < height; row += 1) rows.set(indices.subarray(row * width, (row + 1) * width), row * (width + 1) + 1);
  const parts = [SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** RGBA pixels at half the width and height, each the average of the 2 x 2 it covers (a 1x image from the 2x drawing). */
export function halfSize(rgba: Uint8Array, width: number, height: number): { pixels: Uint8Array; width: number; height: number } {
  const [halfWidth, halfHeight] = [Math.floor(width / 2), Math.floor(height / 2)];
  const pixels = new Uint8Array(halfWidth * halfHeight * 4);
  for (let y = 0; y < halfHeight; y += 1) {
    for (let x = 0; x < halfWidth; x += 1) {
      const top = (2 * y * width + 2 * x) * 4;
      const bottom = top + width * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        pixels[(y * halfWidth + x) * 4 + channel] = (rgba[top + channel]! + rgba[top + 4 + channel]! + rgba[bottom + channel]! + rgba[bottom + 4 + channel]! + 2) >> 2;
      }
    }
  }
  return { pixels, width: halfWidth, height: halfHeight };
}
