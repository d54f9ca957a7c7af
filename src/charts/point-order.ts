/**
 * The order a keyboard steps through a chart's points. Reading order, by where the points are drawn:
 * panels top to bottom (side-by-side panels left to right), and inside a panel, a chart of category rows
 * (the comparison, the landscape's rows) row by row from the top, each row left to right, while any other
 * chart (time or value across) goes left to right, points above one another top to bottom. The order the
 * views list their claims is data order, which a sighted reader never sees.
 */

/** Where a claim is drawn, and the ECharts indices that show its tooltip. */
export interface ChartMark {
  claimId: string;
  seriesIndex: number;
  /** The raw data index, as ECharts' showTip and highlight actions take it. */
  dataIndex: number;
  /** Centre of the mark in the chart's own pixels. */
  x: number;
  y: number;
  /** Top-left corner of the panel (grid) it is drawn in. */
  panelX: number;
  panelY: number;
  /** Whether the panel's vertical axis is a list of category rows. */
  rows: boolean;
}

// Marks closer than this (px) count as level with each other: one row, one column.
const LEVEL = 2;

const compareLevel = (a: number, b: number) => (Math.abs(a - b) <= LEVEL ? 0 : a - b);

/**
 * Each claim once, in reading order, at the first of its marks a reader meets (the comparison draws each
 * claim in its row and again in the panel of when it was said: the keyboard visits the rows).
 */
export function readingOrder(marks: readonly ChartMark[]): ChartMark[] {
  const seen = new Set<string>();
  const sorted = [...marks].sort(
    (a, b) =>
      compareLevel(a.panelY, b.panelY) ||
      compareLevel(a.panelX, b.panelX) ||
      (a.rows ? compareLevel(a.y, b.y) || compareLevel(a.x, b.x) : compareLevel(a.x, b.x) || compareLevel(a.y, b.y)),
  );
  return sorted.filter((m) => !seen.has(m.claimId) && seen.add(m.claimId));
}

/** A key a chart answers while it has focus. */
export type PointKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End';

/** Whether a key moves between points. */
export const isPointKey = (key: string): key is PointKey =>
  ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(key);

/**
 * The point a key moves to among `count` points, from `current` (undefined: none focused yet). Right and
 * down go forward, left and up back, stopping at the ends (a reader hears the end rather than wrapping
 * round unnoticed); the first arrow press lands on the first point, or the last for left and up.
 */
export function nextPointIndex(current: number | undefined, key: PointKey, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  if (current === undefined) return forward ? 0 : last;
  return Math.min(last, Math.max(0, Math.min(current, last) + (forward ? 1 : -1)));
}
