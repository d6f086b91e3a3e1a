import { describe, expect, it } from 'vitest';
import { readStoryData } from '../../src/data/readStoryData.ts';
import { latestSplit } from '../../src/widgets/market-share/shareData.ts';
import { allocateCells, cellPosition, CELL_COUNT, GRID_BOTTOM, groupEdges, largestRemainder, partOffset, squaresPath, thresholdX, unitCells } from '../../src/widgets/market-share/unitCells.ts';
import { CHART_WIDTH } from '../../src/widgets/market-share/chartFrame.ts';

describe('largest-remainder rounding', () => {
  it('gives whole parts that add up to the total, each within one of its quota', () => {
    const cases: [number[], number][] = [
      [[55.6, 38.8, 5.6], 100],
      [[53.21, 39.44, 7.35], 100],
      [[33.3, 33.3, 33.4], 100],
      [[55.6, 38.8], 94],
      [[1, 1, 1], 10],
    ];
    for (const [values, total] of cases) {
      const counts = largestRemainder(values, total);
      const sum = values.reduce((a, b) => a + b, 0);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      counts.forEach((count, i) => expect(Math.abs(count - (values[i]! / sum) * total)).toBeLessThan(1));
    }
  });
  it('hands the leftover squares to the largest remainders', () => {
    // 55.6 / 38.8 / 5.6: floors 55, 38, 5; remainders .6, .8, .6 -> Tenpay first, then Alipay (larger share).
    expect(largestRemainder([55.6, 38.8, 5.6], 100)).toEqual([56, 39, 5]);
    expect(largestRemainder([10, 10, 10], 100)).toEqual([34, 33, 33]);
  });
  it('refuses shares it cannot divide', () => {
    expect(() => largestRemainder([0, 0], 100)).toThrow();
    expect(() => largestRemainder([50, -1], 100)).toThrow();
  });
});

describe('the 100-square block of the latest quarter', () => {
  const split = latestSplit(readStoryData('content/data').marketShare);
  const counts = allocateCells(split);

  it('rounds the pair against everyone else first, so view 0 and view 1 use the same squares', () => {
    // iResearch Q2 2020: 55.6 + 38.8 = 94.4 -> 94 squares; 5.6 -> 6; the 94 split 55 / 39.
    expect(counts).toEqual({ alipay: 55, tenpay: 39, others: 6 });
    expect(counts.alipay + counts.tenpay + counts.others).toBe(CELL_COUNT);
    expect(counts.alipay + counts.tenpay).toBe(largestRemainder([split.pair.value, split.others.value], 100)[0]);
  });
  it('fills the block column by column, Alipay first, and keeps every square inside the frame', () => {
    const cells = unitCells(counts);
    expect(cells).toHaveLength(100);
    expect(cells.slice(0, 55).every((cell) => cell.group === 'alipay')).toBe(true);
    expect(cellPosition(cells.at(-1)!)).toEqual({ x: cellPosition(cells[90]!).x, y: GRID_BOTTOM - 21 });
    for (const apart of [false, true]) {
      const spots = new Set<string>();
      for (const cell of cells) {
        const { x: together, y } = cellPosition(cell);
        const x = together + partOffset(cell.group, apart);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + 21).toBeLessThanOrEqual(CHART_WIDTH);
        expect(y + 21).toBeLessThanOrEqual(GRID_BOTTOM);
        spots.add(`${x},${y}`);
      }
      expect(spots.size, 'no two squares on the same spot').toBe(100);
    }
  });
  it('moves each part apart in view 1, a clear gap between neighbours even in a shared column', () => {
    const cells = unitCells(counts);
    const box = (cell: (typeof cells)[number]) => {
      const { x, y } = cellPosition(cell);
      return { left: x + partOffset(cell.group, true), y };
    };
    const neighbours = [['alipay', 'tenpay'], ['tenpay', 'others']] as const;
    for (const [first, second] of neighbours) {
      for (const a of cells.filter((cell) => cell.group === first))
        for (const b of cells.filter((cell) => cell.group === second)) {
          // Anywhere the two parts face each other (same or adjacent row), the second starts well after the first ends.
          if (Math.abs(box(a).y - box(b).y) <= 24) expect(box(b).left - (box(a).left + 21), `${a.index} / ${b.index}`).toBeGreaterThanOrEqual(8);
        }
    }
    const edges = (['alipay', 'tenpay', 'others'] as const).map((group) => groupEdges(counts, group, true));
    expect(edges[0]!.left).toBeGreaterThanOrEqual(0);
    expect(edges[2]!.right).toBeLessThanOrEqual(CHART_WIDTH);
    for (const cell of cells) {
      const own = edges[['alipay', 'tenpay', 'others'].indexOf(cell.group)]!;
      expect(box(cell).left + 21, 'no square past its part\'s right edge').toBeLessThanOrEqual(own.right);
    }
  });
  it('puts the 90 % mark between the ninth and tenth columns of the shared block', () => {
    const cells = unitCells(counts);
    const ninth = cellPosition(cells[89]!).x;
    const tenth = cellPosition(cells[90]!).x;
    expect(thresholdX(90)).toBeGreaterThan(ninth + 21 - 0.01);
    expect(thresholdX(90)).toBeLessThan(tenth + 0.01);
  });
  it('draws each part\'s squares as one path, one closed square per cell, where the cell sits', () => {
    const cells = unitCells(counts).filter((cell) => cell.group === 'tenpay');
    const squares = [...squaresPath(cells).matchAll(/M(-?[\d.]+),(-?[\d.]+)h21v21h-21Z/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
    expect(squares).toEqual(cells.map(cellPosition));
  });
});
