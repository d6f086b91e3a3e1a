// The 100-square block of views 0 and 1: how many squares each part gets, and where each square sits.
// Pure layout maths; the Svelte layer only draws what this returns.
import { CHART_WIDTH } from './chartFrame.ts';
import type { MarketSplit } from './shareData.ts';

export const CELL_COUNT = 100;
const COLUMNS = 10;
const STEP = 24;
export const CELL_SIZE = 21;
/** How far the parts move apart in view 1: more than a square, so shared columns part too. */
const SPLIT_GAP = 30;
export const GRID_TOP = 62;
export const GRID_BOTTOM = GRID_TOP + COLUMNS * STEP - (STEP - CELL_SIZE);
/** Width of `columns` columns of squares, without the last gutter. */
const blockWidth = (columns: number): number => columns * STEP - (STEP - CELL_SIZE);

/**
 * Rounds shares to whole squares that add up to `total` exactly: every part gets the whole part of
 * its quota, and the squares left over go to the largest remainders (Hamilton's method). Ties go to
 * the larger share, then to the earlier one, so the result never depends on float noise.
 */
export function largestRemainder(values: readonly number[], total: number): number[] {
  const sum = values.reduce((acc, value) => acc + value, 0);
  if (!(sum > 0) || values.some((value) => value < 0)) throw new Error(`cannot share ${total} squares among ${values.join(', ')}`);
  const quotas = values.map((value) => (value / sum) * total);
  const counts = quotas.map(Math.floor);
  const remainder = (quota: number) => Math.round((quota - Math.floor(quota)) * 1e9) / 1e9;
  const order = quotas
    .map((quota, index) => ({ index, quota, rest: remainder(quota) }))
    .sort((a, b) => b.rest - a.rest || b.quota - a.quota || a.index - b.index);
  const left = total - counts.reduce((acc, count) => acc + count, 0);
  order.slice(0, left).forEach(({ index }) => (counts[index]! += 1));
  return counts;
}

export type CellGroup = 'alipay' | 'tenpay' | 'others';
export const cellGroups: readonly CellGroup[] = ['alipay', 'tenpay', 'others'];

export type CellCounts = Record<CellGroup, number>;

/**
 * Squares per part. The pair is rounded against everyone else first, then split between Alipay and
 * WeChat Pay, so view 0's block (94 squares for 94.4 %) is exactly the squares that part in view 1.
 */
export function allocateCells(split: MarketSplit): CellCounts {
  const [pairCells, othersCells] = largestRemainder([split.pair.value, split.others.value], CELL_COUNT) as [number, number];
  const [alipayCells, tenpayCells] = largestRemainder([split.alipay.value, split.tenpay.value], pairCells) as [number, number];
  return { alipay: alipayCells, tenpay: tenpayCells, others: othersCells };
}

export interface UnitCell {
  index: number;
  group: CellGroup;
}

/** Squares in order, Alipay first, then WeChat Pay, then everyone else. */
export function unitCells(counts: CellCounts): UnitCell[] {
  return cellGroups.flatMap((group) => {
    const before = cellGroups.slice(0, cellGroups.indexOf(group)).reduce((acc, g) => acc + counts[g], 0);
    return Array.from({ length: counts[group] }, (_, n) => ({ index: before + n, group }));
  });
}

/**
 * How far a part's squares slide sideways in view 1. The block breaks where the parts meet and each
 * piece moves as one: a shift wider than a square leaves a clear gap even where a column is shared.
 * Moving whole pieces also keeps the animation to three transitions instead of a hundred.
 */
export function partOffset(group: CellGroup, apart: boolean): number {
  if (!apart) return 0;
  return { alipay: -SPLIT_GAP, tenpay: 0, others: SPLIT_GAP }[group];
}

/** The hundred squares make one 10 × 10 block, filled column by column from the top. */
const TOGETHER_LEFT = Math.round((CHART_WIDTH - blockWidth(COLUMNS)) / 2);

/**
 * Top-left corner of a square in the shared block (view 0), which leaves everyone else at the
 * bottom right, over its label. In view 1 the square moves with its part (partOffset).
 */
export function cellPosition(cell: UnitCell): { x: number; y: number } {
  return { x: TOGETHER_LEFT + Math.floor(cell.index / COLUMNS) * STEP, y: GRID_TOP + (cell.index % COLUMNS) * STEP };
}

/** Where a part's label goes: left edge of its first full column, right edge of its last column. */
export function groupEdges(counts: CellCounts, group: CellGroup, apart: boolean): { left: number; right: number } {
  const start = cellGroups.slice(0, cellGroups.indexOf(group)).reduce((acc, g) => acc + counts[g], 0);
  const end = start + counts[group];
  const offset = partOffset(group, apart);
  return {
    left: TOGETHER_LEFT + Math.ceil(start / COLUMNS) * STEP + offset,
    right: TOGETHER_LEFT + Math.floor((end - 1) / COLUMNS) * STEP + CELL_SIZE + offset,
  };
}

/** The x of the line after `cells` squares of the shared block (whole columns), to mark a threshold such as 90 %. */
export const thresholdX = (cells: number): number => TOGETHER_LEFT + (cells / COLUMNS) * STEP - (STEP - CELL_SIZE) / 2;

const square = (left: number, top: number, size: number): string => `M${left},${top}h${size}v${size}h${-size}Z`;

/**
 * A part's squares drawn as one path, in the shared block's places (the part's group slides them
 * in view 1): three elements for the browser to hydrate and lay out instead of a hundred.
 */
export function squaresPath(cells: readonly UnitCell[]): string {
  return cells.map((cell) => { const { x, y } = cellPosition(cell); return square(x, y, CELL_SIZE); }).join('');
}

/** One path covering a part's squares and the gutters between them: the hover, tap and focus target of that part. */
export function cellsPath(cells: readonly UnitCell[], apart: boolean): string {
  const gutter = (STEP - CELL_SIZE) / 2;
  return cells
    .map((cell) => {
      const { x, y } = cellPosition(cell);
      return square(x + partOffset(cell.group, apart) - gutter, y - gutter, STEP);
    })
    .join('');
}
