import { describe, expect, it } from 'vitest';
import { commonUnitsOf, compareAll, toCommonUnit, whyNotIn } from '../../../src/domain/compare/normalise';
import { claim } from './claim-fixture';

describe('toCommonUnit() on growth rates', () => {
  it('turns a doubling time into × per year and annual %: 6 months is ×4, 300%', () => {
    const c = claim({ unit: 'doubling_months', value: 6 });
    expect(toCommonUnit(c, 'x_per_year')?.value).toBeCloseTo(4);
    expect(toCommonUnit(c, 'annual_percent')?.value).toBeCloseTo(300);
  });

  it('turns × per year back into months and %: ×4 is 6 months, 300%', () => {
    const c = claim({ unit: 'x_per_year', value: 4 });
    expect(toCommonUnit(c, 'doubling_months')?.value).toBeCloseTo(6);
    expect(toCommonUnit(c, 'annual_percent')?.value).toBeCloseTo(300);
  });

  it('reads a CAGR in percent as a growth rate: 300% a year doubles every 6 months', () => {
    const c = claim({ metric: 'cagr', unit: 'percent', value: 300 });
    expect(toCommonUnit(c, 'doubling_months')?.value).toBeCloseTo(6);
    expect(toCommonUnit(c, 'x_per_year')?.value).toBeCloseTo(4);
    expect(toCommonUnit(c, 'annual_percent')).toMatchObject({ value: 300, conversion: '' });
  });

  it('swaps a range’s ends when the conversion is decreasing: 3–4 months is ×8–16', () => {
    const r = toCommonUnit(claim({ unit: 'doubling_months', valueLow: 3, valueHigh: 4 }), 'x_per_year');
    expect(r?.low).toBeCloseTo(8);
    expect(r?.high).toBeCloseTo(16);
    expect(r?.value).toBeUndefined();
    const back = toCommonUnit(claim({ unit: 'x_per_year', valueLow: 8, valueHigh: 16 }), 'doubling_months');
    expect([back?.low, back?.high]).toEqual([3, 4]);
  });

  it('keeps the order of ends where the conversion increases: ×6–7 is 500–600%', () => {
    const r = toCommonUnit(claim({ unit: 'x_per_year', valueLow: 6, valueHigh: 7 }), 'annual_percent');
    expect([r?.low, r?.high]).toEqual([500, 600]);
  });

  it('says what it did, with the formula, in either language', () => {
    const c = claim({ unit: 'x_per_year', value: 4 });
    expect(toCommonUnit(c, 'doubling_months')?.conversion).toBe('4× / yr → 6 months (months = 12 / log₂ ×)');
    expect(toCommonUnit(c, 'doubling_months', 'zh')?.conversion).toBe('4倍/年 → 6个月（月数 = 12 / log₂ 倍数）');
    expect(toCommonUnit(claim({ unit: 'doubling_months', value: 24 }), 'x_per_year')?.conversion).toBe(
      '24 months → ×1.41 per year (× = 2^(12 / months))',
    );
  });

  it('leaves a figure already in the unit unchanged, with an empty conversion', () => {
    expect(toCommonUnit(claim({ unit: 'x_per_year', value: 10 }), 'x_per_year')).toEqual({
      claimId: 'c',
      sourceId: 's',
      unit: 'x_per_year',
      value: 10,
      conversion: '',
    });
  });

  it('omits a rate that never doubles (×1 per year) instead of drawing it at infinity', () => {
    expect(toCommonUnit(claim({ unit: 'x_per_year', value: 1 }), 'doubling_months')).toBeUndefined();
  });
});

describe('toCommonUnit() on other units', () => {
  it('divides PFLOPS by 1,000 to get EFLOPS', () => {
    const r = toCommonUnit(claim({ metric: 'compute_capacity', unit: 'PFLOPS', value: 16000 }), 'EFLOPS');
    expect(r).toMatchObject({ value: 16, conversion: '16,000 PFLOPS → 16 EFLOPS (÷ 1000)' });
  });

  it('counts "within N years" from the as-of year when the claim names no year', () => {
    const c = claim({ metric: 'data_exhaustion', unit: 'years', valueLow: 3, valueHigh: 5, asOf: '2024-12-18' });
    expect(toCommonUnit(c, 'year')).toMatchObject({
      low: 2027,
      high: 2029,
      conversion: '3–5 years → 2027–2029 (2024 + years)',
    });
    const point = claim({ metric: 'data_exhaustion', unit: 'years', value: 2, asOf: '2023' });
    expect(toCommonUnit(point, 'year')?.value).toBe(2025);
  });

  it('uses the years the claim itself gives when it has them', () => {
    const c = claim({
      metric: 'data_exhaustion',
      unit: 'years',
      valueLow: 3,
      valueHigh: 5,
      periodStart: 2028,
      periodEnd: 2030,
    });
    expect(toCommonUnit(c, 'year')).toMatchObject({ low: 2028, high: 2030 });
  });

  it('never turns a span of years that is not a horizon into a calendar year', () => {
    expect(toCommonUnit(claim({ metric: 'time_horizon', unit: 'years', value: 30 }), 'year')).toBeUndefined();
  });

  it('never converts yuan into dollars or back, and says why', () => {
    const yuan = claim({ metric: 'market_size', unit: 'CNY', value: 4.4e12 });
    expect(toCommonUnit(yuan, 'USD')).toBeUndefined();
    expect(toCommonUnit(claim({ metric: 'cost', unit: 'USD', value: 100 }), 'CNY')).toBeUndefined();
    expect(toCommonUnit(yuan, 'CNY')?.value).toBe(4.4e12);
    expect(whyNotIn(yuan, 'USD', 'en')).toBe('yuan and dollars are never converted into each other');
  });

  it('refuses units of another family', () => {
    expect(
      toCommonUnit(claim({ unit: 'percent', metric: 'electricity_share', value: 20 }), 'x_per_year'),
    ).toBeUndefined();
    expect(toCommonUnit(claim({ unit: 'W', metric: 'power_draw', value: 700 }), 'count')).toBeUndefined();
  });
});

describe('commonUnitsOf() and compareAll()', () => {
  it('offers every growth unit for a growth claim and none for watts', () => {
    expect(commonUnitsOf(claim({ unit: 'doubling_months' }))).toEqual([
      'doubling_months',
      'x_per_year',
      'annual_percent',
    ]);
    expect(commonUnitsOf(claim({ unit: 'PFLOPS' }))).toEqual(['EFLOPS']);
    expect(commonUnitsOf(claim({ unit: 'W' }))).toEqual([]);
  });

  it('converts what it can and leaves the rest out', () => {
    const out = compareAll(
      [claim({ id: 'a', unit: 'x_per_year', value: 4 }), claim({ id: 'b', unit: 'USD', value: 1 })],
      'doubling_months',
    );
    expect(out.map((c) => c.claimId)).toEqual(['a']);
  });
});
