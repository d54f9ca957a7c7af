import { describe, expect, it } from 'vitest';
import {
  annualPercentToDoublingMonths,
  annualPercentToMultiplePerYear,
  doublingMonthsToAnnualPercent,
  doublingMonthsToMultiplePerYear,
  multiplePerYearToAnnualPercent,
  multiplePerYearToDoublingMonths,
} from '../../src/domain/growth';

describe('growth unit conversions', () => {
  it('doubling months → × per year is 2^(12/months)', () => {
    expect(doublingMonthsToMultiplePerYear(12)).toBe(2);
    expect(doublingMonthsToMultiplePerYear(24)).toBeCloseTo(Math.SQRT2, 12); // Moore's law
    expect(doublingMonthsToMultiplePerYear(1)).toBe(4096);
    expect(doublingMonthsToMultiplePerYear(2)).toBe(64);
    expect(doublingMonthsToMultiplePerYear(3)).toBe(16);
    expect(doublingMonthsToMultiplePerYear(4)).toBe(8);
  });

  it('× per year → doubling months is the inverse', () => {
    expect(multiplePerYearToDoublingMonths(2)).toBe(12);
    expect(multiplePerYearToDoublingMonths(4)).toBe(6);
    expect(multiplePerYearToDoublingMonths(10)).toBeCloseTo(3.612, 3);
    for (const m of [1, 3.4, 5.7, 21.3])
      expect(multiplePerYearToDoublingMonths(doublingMonthsToMultiplePerYear(m))).toBeCloseTo(m, 10);
  });

  it('× per year ↔ annual percent', () => {
    expect(multiplePerYearToAnnualPercent(4)).toBe(300);
    expect(annualPercentToMultiplePerYear(300)).toBe(4);
    expect(annualPercentToMultiplePerYear(20)).toBeCloseTo(1.2, 12);
    expect(multiplePerYearToAnnualPercent(annualPercentToMultiplePerYear(45.8))).toBeCloseTo(45.8, 10);
  });

  it('doubling months ↔ annual percent', () => {
    expect(doublingMonthsToAnnualPercent(12)).toBe(100);
    expect(annualPercentToDoublingMonths(100)).toBe(12);
    expect(annualPercentToDoublingMonths(doublingMonthsToAnnualPercent(5.7))).toBeCloseTo(5.7, 10);
  });

  it('refuses inputs that have no doubling time', () => {
    expect(() => doublingMonthsToMultiplePerYear(0)).toThrow(RangeError);
    expect(() => multiplePerYearToDoublingMonths(1)).toThrow(RangeError);
    expect(() => annualPercentToMultiplePerYear(-100)).toThrow(RangeError);
  });
});
