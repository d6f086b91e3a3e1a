// How wide a line of text is in a TrueType/OpenType font, read from the font file itself (its
// cmap and hmtx tables), so the images' text is wrapped at the build without a browser. Kerning
// is ignored: callers keep a little slack.

/** The width of `text` at `size` pixels. */
export type MeasureText = (text: string, size: number) => number;

function tableOffsets(font: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  const count = font.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((at) => font.getUint8(record + at)));
    tables.set(tag, font.getUint32(record + 8));
  }
  return tables;
}

/** Glyph ids by code point, from the cmap's Unicode BMP subtable (format 4). */
function glyphIds(font: DataView, cmap: number): (codePoint: number) => number {
  const count = font.getUint16(cmap + 2);
  let subtable = -1;
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + index * 8;
    const [platform, encoding] = [font.getUint16(record), font.getUint16(record + 2)];
    const offset = cmap + font.getUint32(record + 4);
    if (font.getUint16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) subtable = offset;
  }
  if (subtable < 0) throw new Error('fontMetrics: the font has no Unicode BMP cmap (format 4)');
  const segments = font.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    for (let segment = 0; segment < segments; segment += 1) {
      if (codePoint > font.getUint16(ends + segment * 2)) continue;
      const start = font.getUint16(starts + segment * 2);
      if (codePoint < start) return 0;
      const delta = font.getInt16(deltas + segment * 2);
      const rangeOffsetAt = rangeOffsets + segment * 2;
      const rangeOffset = font.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * A text measure for the font in `file`, and for the characters it lacks, in the `fallbacks` (as a
 * renderer falls back); throws if no font has a character it is asked for.
 */
export function fontMeasure(file: Uint8Array, ...fallbacks: Uint8Array[]): MeasureText {
  const faces = [file, ...fallbacks].map(faceMetrics);
  return (text, size) => {
    let width = 0;
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      const face = faces.find((candidate) => candidate.glyphOf(codePoint) !== 0);
      if (face === undefined) throw new Error(`fontMetrics: no font has a glyph for "${character}" (U+${codePoint.toString(16).toUpperCase()}) in "${text}"`);
      width += (face.advance(face.glyphOf(codePoint)) / face.unitsPerEm) * size;
    }
    return width;
  };
}

function faceMetrics(file: Uint8Array) {
  const font = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const tables = tableOffsets(font);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`fontMetrics: the font has no ${tag} table`);
    return offset;
  }) as [number, number, number, number];
  const unitsPerEm = font.getUint16(head + 18);
  const metricsCount = font.getUint16(hhea + 34);
  const glyphOf = glyphIds(font, cmap);
  const advance = (glyph: number) => font.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4);
  return { unitsPerEm, glyphOf, advance };
}
