import { describe, expect, it } from 'vitest';
import { thinRows } from '../../../src/domain/compare/thin-rows';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('thinRows()', () => {
  it('returns every row when they fit', () => {
    expect(thinRows(range(5), 5, () => false)).toEqual(range(5));
  });

  it('keeps the two ends, then spreads the rest evenly, in order', () => {
    const out = thinRows(range(1000), 10, () => false);
    expect(out).toHaveLength(10);
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(999);
    expect([...out].sort((a, b) => a - b)).toEqual(out);
    // Evenly: no gap between neighbours is more than twice the average.
    const gaps = out.slice(1).map((v, i) => v - out[i]!);
    expect(Math.max(...gaps)).toBeLessThan((2 * 999) / 9);
  });

  it('prefers the rows it is told to (the curated claims) over the others', () => {
    const curated = new Set([3, 500, 777]);
    const out = thinRows(range(1000), 8, (r) => curated.has(r));
    for (const r of curated) expect(out).toContain(r);
    expect(out).toHaveLength(8);
  });

  it('spreads even the preferred rows when they alone are too many', () => {
    const out = thinRows(range(100), 6, () => true);
    expect(out).toHaveLength(6);
    expect(out[0]).toBe(0);
    expect(out.at(-1)).toBe(99);
    const gaps = out.slice(1).map((v, i) => v - out[i]!);
    expect(Math.max(...gaps)).toBeLessThan((2 * 99) / 5);
  });
});
