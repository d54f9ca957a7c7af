import { describe, expect, it } from 'vitest';
import { readNumber, readPartialDate, readPositiveInt, readVocab, readYear } from '../../src/data/field-parsers';
import { UNITS } from '../../src/data/vocabulary';

describe('readNumber()', () => {
  it('reads plain decimals and treats an empty field as no value', () => {
    expect(readNumber('1550000000')).toEqual({ ok: true, value: 1550000000 });
    expect(readNumber('52.6')).toEqual({ ok: true, value: 52.6 });
    expect(readNumber(' ')).toEqual({ ok: true, value: undefined });
  });
  it('refuses thousands separators with the fix in the message', () => {
    expect(readNumber('1,550,000')).toEqual({ ok: false, reason: '"1,550,000" has thousands separators; write 1550000' });
  });
  it('refuses 万/亿, percent signs and words', () => {
    expect(readNumber('15.5亿').ok).toBe(false);
    expect(readNumber('52.6%').ok).toBe(false);
    expect(readNumber('about 3').ok).toBe(false);
  });
});

describe('readPartialDate()', () => {
  it('accepts day, month and year precision', () => {
    expect(readPartialDate('2024-12-18')).toEqual({ ok: true, value: '2024-12-18' });
    expect(readPartialDate('2024-01')).toEqual({ ok: true, value: '2024-01' });
    expect(readPartialDate('2024')).toEqual({ ok: true, value: '2024' });
  });
  it('refuses other formats and impossible days', () => {
    expect(readPartialDate('18/12/2024')).toEqual({ ok: false, reason: '"18/12/2024" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY' });
    expect(readPartialDate('2024年12月18日').ok).toBe(false);
    expect(readPartialDate('2023-02-30')).toEqual({ ok: false, reason: 'day 2023-02-30 does not exist' });
    expect(readPartialDate('2024-13').ok).toBe(false);
  });
});

describe('readYear() and readPositiveInt()', () => {
  it('accept plausible years only', () => {
    expect(readYear('2030')).toEqual({ ok: true, value: 2030 });
    expect(readYear('3030')).toEqual({ ok: false, reason: '3030 is outside the plausible years 1900–2100' });
    expect(readYear('24').ok).toBe(false);
  });
  it('accept positive whole numbers only', () => {
    expect(readPositiveInt('2')).toEqual({ ok: true, value: 2 });
    expect(readPositiveInt('0').ok).toBe(false);
  });
});

describe('readVocab()', () => {
  it('lists the allowed values when one is unknown', () => {
    const r = readVocab('furlongs', UNITS, 'unit');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^unknown unit "furlongs"; expected one of USD, CNY/);
  });
});
