/**
 * Growth-rate unit conversions. Sources state compute growth three ways — a doubling time in months,
 * a multiple per year, or an annual percentage — and a comparison needs them on one scale.
 * All three describe the same exponential: multiple per year = 2^(12 / doubling months).
 */

/** × per year implied by a doubling time: 2^(12/months). */
export function doublingMonthsToMultiplePerYear(months: number): number {
  if (!(months > 0)) throw new RangeError(`doubling time must be positive, got ${months}`);
  return 2 ** (12 / months);
}

/** Doubling time in months implied by a yearly multiple: 12 / log2(multiple). */
export function multiplePerYearToDoublingMonths(multiple: number): number {
  if (!(multiple > 1)) throw new RangeError(`a yearly multiple must exceed 1 to double, got ${multiple}`);
  return 12 / Math.log2(multiple);
}

/** Annual growth in percent for a yearly multiple: ×4 → 300%. */
export function multiplePerYearToAnnualPercent(multiple: number): number {
  if (!(multiple > 0)) throw new RangeError(`a yearly multiple must be positive, got ${multiple}`);
  return (multiple - 1) * 100;
}

/** Yearly multiple for an annual growth in percent: 300% → ×4. */
export function annualPercentToMultiplePerYear(percent: number): number {
  if (!(percent > -100)) throw new RangeError(`annual growth must exceed -100%, got ${percent}`);
  return 1 + percent / 100;
}

/** Doubling time in months for an annual growth in percent. */
export function annualPercentToDoublingMonths(percent: number): number {
  return multiplePerYearToDoublingMonths(annualPercentToMultiplePerYear(percent));
}

/** Annual growth in percent for a doubling time in months. */
export function doublingMonthsToAnnualPercent(months: number): number {
  return multiplePerYearToAnnualPercent(doublingMonthsToMultiplePerYear(months));
}
