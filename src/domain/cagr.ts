/**
 * Compound growth: the maths behind "market X grew Y% year on year" and "a CAGR of r over n years".
 * Pure, so the liquid-cooling view and the audit show the same numbers with the same formula.
 */

/** Value after n years of compound growth at rate r (percent): base × (1 + r/100)^n. */
export function projectCagr(base: number, ratePercent: number, years: number): number {
  return base * (1 + ratePercent / 100) ** years;
}

/** The base a final value implies after n years at rate r (percent): end / (1 + r/100)^n. */
export function impliedCagrBase(end: number, ratePercent: number, years: number): number {
  return end / (1 + ratePercent / 100) ** years;
}

/** CAGR in percent that takes start to end in n years. */
export function cagrBetween(start: number, end: number, years: number): number {
  if (!(start > 0) || !(end > 0) || !(years > 0)) throw new RangeError('CAGR needs positive start, end and years');
  return ((end / start) ** (1 / years) - 1) * 100;
}

/** The previous year's value implied by a year-on-year growth in percent: current / (1 + g/100). */
export function previousFromYoy(current: number, yoyPercent: number): number {
  if (!(yoyPercent > -100)) throw new RangeError(`YoY growth must exceed -100%, got ${yoyPercent}`);
  return current / (1 + yoyPercent / 100);
}

/** A year-by-year path from a base year at a constant rate, inclusive of both ends. */
export function cagrPath(
  baseYear: number,
  base: number,
  ratePercent: number,
  endYear: number,
): { year: number; value: number }[] {
  const path: { year: number; value: number }[] = [];
  for (let y = baseYear; y <= endYear; y++) path.push({ year: y, value: projectCagr(base, ratePercent, y - baseYear) });
  return path;
}
