import { describe, expect, it } from 'vitest';
import { cagrBetween, cagrPath, impliedCagrBase, previousFromYoy, projectCagr } from '../../src/domain/cagr';

describe('compound growth', () => {
  it('projects the liquid-cooling market: 15.5亿美元 at 45.8% for five years', () => {
    expect(projectCagr(1.55e9, 45.8, 5) / 1e9).toBeCloseTo(10.21, 2);
    expect(projectCagr(1.55e9, 45.8, 0)).toBe(1.55e9);
  });

  it('recovers the base a projection started from', () => {
    expect(impliedCagrBase(projectCagr(208, 20, 3), 20, 3)).toBeCloseTo(208, 10);
    expect(impliedCagrBase(360, 20, 3)).toBeCloseTo(208.33, 2); // CCID: >360 EFLOPS in 2026 at 20%
  });

  it('finds the CAGR between two values', () => {
    expect(cagrBetween(100, 121, 2)).toBeCloseTo(10, 10);
    expect(() => cagrBetween(0, 1, 1)).toThrow(RangeError);
  });

  it('derives the previous year from a YoY growth: 15.5亿 after +52.6% means ~10.16亿 in 2022', () => {
    expect(previousFromYoy(1.55e9, 52.6) / 1e8).toBeCloseTo(10.157, 3);
  });

  it('lays out a yearly path including both ends', () => {
    const path = cagrPath(2023, 100, 10, 2025);
    expect(path.map((p) => p.year)).toEqual([2023, 2024, 2025]);
    expect(path[2]!.value).toBeCloseTo(121, 10);
  });
});
