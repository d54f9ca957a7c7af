import { describe, expect, it } from 'vitest';
import { dodgeOffsets, forwardOffsets, type Offset } from '../../src/charts/dodge';

const closest = (offsets: readonly Offset[]) => {
  let min = Infinity;
  offsets.forEach(([x1, y1], i) =>
    offsets.slice(i + 1).forEach(([x2, y2]) => (min = Math.min(min, Math.hypot(x2 - x1, y2 - y1)))),
  );
  return min;
};

describe('dodgeOffsets()', () => {
  it('leaves a lone mark where it is', () => {
    expect(dodgeOffsets(1, 13)).toEqual([[0, 0]]);
    expect(dodgeOffsets(0, 13)).toEqual([]);
  });

  it('keeps no two marks of a group closer than the spacing, for groups of 2 to 60', () => {
    for (let n = 2; n <= 60; n++) expect(closest(dodgeOffsets(n, 13)), `n = ${n}`).toBeGreaterThanOrEqual(13 - 0.02);
  });

  it('packs a group five rows high when asked: about a fifth of the group wide, marks still whole', () => {
    const offsets = dodgeOffsets(21, 10, 5);
    expect(new Set(offsets.map(([, y]) => y)).size).toBe(5);
    const xs = offsets.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(5 * 10);
    expect(closest(offsets)).toBeGreaterThanOrEqual(10 - 0.02);
    expect(() => dodgeOffsets(3, 10, 4)).toThrow('invalid rows: 4');
  });

  it('packs a group compactly: three rows high, about a third of the group wide', () => {
    const offsets = dodgeOffsets(21, 13);
    const ys = new Set(offsets.map(([, y]) => y));
    expect([...ys].sort((a, b) => a - b)).toEqual([-11.26, 0, 11.26]);
    const xs = offsets.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(7 * 13);
    // Seven make a hexagon around the first.
    expect(dodgeOffsets(7, 10).every(([x, y]) => Math.hypot(x, y) <= 10 + 0.01)).toBe(true);
  });

  it('gives the same offsets for the same group', () => {
    expect(dodgeOffsets(11, 13)).toEqual(dodgeOffsets(11, 13));
  });

  it('refuses counts and spacings that make no sense, by name', () => {
    expect(() => dodgeOffsets(-1, 13)).toThrow('invalid count: -1');
    expect(() => dodgeOffsets(3, 0)).toThrow('invalid spacing: 0');
  });
});

describe('forwardOffsets()', () => {
  it('moves a group right of its position, keeping its shape', () => {
    const offsets = dodgeOffsets(8, 13);
    const forward = forwardOffsets(offsets);
    expect(Math.min(...forward.map(([x]) => x))).toBe(0);
    expect(closest(forward)).toBeCloseTo(closest(offsets), 1);
  });
});
