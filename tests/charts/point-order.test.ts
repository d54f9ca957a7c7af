import { describe, expect, it } from 'vitest';
import { isPointKey, nextPointIndex, readingOrder, type ChartMark } from '../../src/charts/point-order';

const mark = (claimId: string, x: number, y: number, over: Partial<ChartMark> = {}): ChartMark => ({
  claimId,
  seriesIndex: 0,
  dataIndex: 0,
  x,
  y,
  panelX: 0,
  panelY: 0,
  rows: false,
  ...over,
});
const ids = (marks: ChartMark[]) => marks.map((m) => m.claimId);

describe('readingOrder()', () => {
  it('reads a chart with a value or time axis across left to right, points above one another top to bottom', () => {
    expect(
      ids(readingOrder([mark('c', 300, 50), mark('a', 100, 90), mark('b2', 200, 80), mark('b1', 201, 20)])),
    ).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('reads a chart of category rows row by row from the top, each row left to right', () => {
    const rows = { rows: true };
    expect(
      ids(readingOrder([mark('r2', 50, 60, rows), mark('r1b', 300, 20, rows), mark('r1a', 100, 21, rows)])),
    ).toEqual(['r1a', 'r1b', 'r2']);
  });

  it('reads panels top to bottom, side-by-side panels left to right', () => {
    const marks = [
      mark('lower', 10, 10, { panelY: 400 }),
      mark('right', 10, 10, { panelX: 500 }),
      mark('left', 400, 300),
    ];
    expect(ids(readingOrder(marks))).toEqual(['left', 'right', 'lower']);
  });

  it('visits a claim drawn twice (its row and another panel) once, where a reader meets it first', () => {
    const order = readingOrder([
      mark('x', 100, 10, { seriesIndex: 3, panelX: 600 }),
      mark('y', 50, 40, { rows: true }),
      mark('x', 300, 10, { seriesIndex: 1, rows: true }),
    ]);
    expect(ids(order)).toEqual(['x', 'y']);
    expect(order[0]!.seriesIndex).toBe(1);
  });
});

describe('nextPointIndex()', () => {
  it('goes forward with right and down, back with left and up, and stops at the ends', () => {
    expect(nextPointIndex(0, 'ArrowRight', 3)).toBe(1);
    expect(nextPointIndex(1, 'ArrowDown', 3)).toBe(2);
    expect(nextPointIndex(2, 'ArrowRight', 3)).toBe(2);
    expect(nextPointIndex(2, 'ArrowLeft', 3)).toBe(1);
    expect(nextPointIndex(0, 'ArrowUp', 3)).toBe(0);
  });

  it('lands on the first point for a first step forward, on the last for a first step back', () => {
    expect(nextPointIndex(undefined, 'ArrowRight', 4)).toBe(0);
    expect(nextPointIndex(undefined, 'ArrowLeft', 4)).toBe(3);
  });

  it('jumps with Home and End, and has nowhere to go in an empty chart', () => {
    expect(nextPointIndex(2, 'Home', 4)).toBe(0);
    expect(nextPointIndex(0, 'End', 4)).toBe(3);
    expect(nextPointIndex(undefined, 'ArrowRight', 0)).toBeUndefined();
  });

  it('keeps a point that fell off the end of a chart that shrank in range', () => {
    expect(nextPointIndex(9, 'ArrowLeft', 3)).toBe(1);
  });
});

describe('isPointKey()', () => {
  it('knows the arrow keys, Home and End, and nothing else', () => {
    expect(['ArrowLeft', 'Home', 'End'].every(isPointKey)).toBe(true);
    expect(['Enter', 'Escape', 'Tab', 'a'].some(isPointKey)).toBe(false);
  });
});
