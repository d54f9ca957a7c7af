import { describe, expect, it } from 'vitest';
import {
  formatClaimValue,
  formatInUnit,
  formatMoney,
  formatRangeInUnit,
  formatScaled,
} from '../../src/domain/format-number';

describe('formatScaled()', () => {
  it('uses 万/亿/万亿 in Chinese', () => {
    expect(formatScaled(1.55e9, 'zh')).toBe('15.5亿');
    expect(formatScaled(4.4e12, 'zh')).toBe('4.4万亿');
    expect(formatScaled(95800, 'zh')).toBe('9.58万');
    expect(formatScaled(200, 'zh')).toBe('200');
  });
  it('uses K/M/B/T in English', () => {
    expect(formatScaled(1.55e9, 'en')).toBe('1.55B');
    expect(formatScaled(4.4e12, 'en')).toBe('4.4T');
    expect(formatScaled(95800, 'en')).toBe('95.8K');
    expect(formatScaled(9e7, 'en')).toBe('90M');
  });
});

describe('formatMoney()', () => {
  it('keeps the currency and never converts', () => {
    expect(formatMoney(1.55e9, 'USD', 'zh')).toBe('15.5亿美元');
    expect(formatMoney(1.55e9, 'USD', 'en')).toBe('$1.55B');
    expect(formatMoney(4.4e12, 'CNY', 'zh')).toBe('4.4万亿元');
    expect(formatMoney(4.4e12, 'CNY', 'en')).toBe('¥4.4T');
  });
});

describe('formatInUnit() and formatRangeInUnit()', () => {
  it('writes each unit the way a reader expects', () => {
    expect(formatInUnit(52.6, 'percent', 'en')).toBe('52.6%');
    expect(formatInUnit(5.7, 'doubling_months', 'en')).toBe('5.7 months');
    expect(formatInUnit(5.7, 'doubling_months', 'zh')).toBe('5.7个月');
    expect(formatInUnit(10, 'x_per_year', 'en')).toBe('10× / yr');
    expect(formatInUnit(3, 'rank', 'zh')).toBe('前3');
    expect(formatInUnit(2026, 'year', 'en')).toBe('2026');
    expect(formatInUnit(1.75e11, 'params', 'zh')).toBe('1750亿参数');
    expect(formatInUnit(1022362, 'GPU_hours', 'en')).toBe('1.022M GPU-hours');
  });
  it('writes a range with the unit once', () => {
    expect(formatRangeInUnit(3, 4, 'doubling_months', 'en')).toBe('3–4 months');
    expect(formatRangeInUnit(20, 50, 'percent', 'zh')).toBe('20–50%');
    expect(formatRangeInUnit(1e10, 1e11, 'USD', 'en')).toBe('$10B–$100B');
  });
});

describe('formatClaimValue()', () => {
  it('puts the qualifier symbol before the value', () => {
    expect(formatClaimValue({ value: 4.4e12, unit: 'CNY', qualifier: 'at_least' }, 'zh')).toBe('≥4.4万亿元');
    expect(formatClaimValue({ value: 10, unit: 'x_per_year', qualifier: 'about' }, 'en')).toBe('≈10× / yr');
    expect(formatClaimValue({ value: 360, unit: 'EFLOPS', qualifier: 'more_than' }, 'en')).toBe('>360 EFLOPS');
    expect(formatClaimValue({ valueLow: 1, valueHigh: 2, unit: 'doubling_months', qualifier: 'exactly' }, 'en')).toBe(
      '1–2 months',
    );
  });
});
