import type { Claim } from '../data/claim';
import { doublingMonthsToMultiplePerYear, multiplePerYearToDoublingMonths } from './growth';

/** A growth claim on the common scale: doubling time in months, as a point or an interval. */
export interface DoublingTime {
  /** Point value in months, when the claim states one. */
  months?: number;
  /** Interval in months (low ≤ high), when the claim states a range. */
  low?: number;
  high?: number;
}

/** Whether a claim's unit is a growth rate that can be put on the doubling-time scale. */
export const isGrowthUnit = (c: Pick<Claim, 'unit'>): boolean =>
  c.unit === 'doubling_months' || c.unit === 'x_per_year';

/**
 * A growth claim as a doubling time in months. ×N per year becomes 12 / log2(N); a range's ends swap,
 * because a faster multiple is a shorter doubling time. Undefined for other units.
 */
export function toDoublingMonths(
  c: Pick<Claim, 'unit' | 'value' | 'valueLow' | 'valueHigh'>,
): DoublingTime | undefined {
  if (c.unit === 'doubling_months') return { months: c.value, low: c.valueLow, high: c.valueHigh };
  if (c.unit !== 'x_per_year') return undefined;
  const m = (x: number | undefined) => (x !== undefined && x > 1 ? multiplePerYearToDoublingMonths(x) : undefined);
  return { months: m(c.value), low: m(c.valueHigh), high: m(c.valueLow) };
}

/** The same growth as a multiple per year: 2^(12/months). Intervals swap ends again. */
export function toMultiplePerYear(d: DoublingTime): { value?: number; low?: number; high?: number } {
  const x = (m: number | undefined) => (m !== undefined ? doublingMonthsToMultiplePerYear(m) : undefined);
  return { value: x(d.months), low: x(d.high), high: x(d.low) };
}

/** A representative single value (geometric middle of an interval, which is the middle on a log axis). */
export function doublingMidpoint(d: DoublingTime): number | undefined {
  if (d.months !== undefined) return d.months;
  if (d.low !== undefined && d.high !== undefined) return Math.sqrt(d.low * d.high);
  return undefined;
}
