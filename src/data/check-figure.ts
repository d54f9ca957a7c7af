import type { Claim } from './claim';
import { readEnglishNumbers } from './english-numbers';
import { mentionValues, parseNumberExpressions } from './number-expressions';
import type { Derivation } from './vocabulary';

/** How each derivation turns a number written in the text into the stored one. */
export const TRANSFORMS: Readonly<Record<Exclude<Derivation, 'word_comparison'>, (n: number) => number>> = {
  fraction_to_percent: (n) => n * 100,
  ratio_to_percent: (n) => n * 100,
  percent_to_ratio: (n) => n / 100,
  years_to_months: (n) => n * 12,
};

/** Equal up to rounding a curator may do when writing a derived value (33.3333 for 1/3 × 100). */
export function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(a), Math.abs(b));
}

/** Words that make a comparison without a number (超过…的总和): the figure of a word_comparison claim. */
export const COMPARISON_WORDS = /超过|高于|多于|大于|少于|低于|不及|相当于|等于|持平/;

/** Numbers the figure text can stand for, after the claim's derivation. */
export function figureCandidates(figure: string, derivation?: Derivation): number[] {
  // A comparison in words states "100% of the other thing", more or less: nothing to parse, a word to find.
  if (derivation === 'word_comparison') return COMPARISON_WORDS.test(figure) ? [100] : [];
  // Chinese and Arabic forms (15.5亿), and English ones (USD 1.55 billion) for articles written in English.
  const raw = [
    ...new Set([...parseNumberExpressions(figure).flatMap(mentionValues), ...readEnglishNumbers(figure).flatMap((n) => n.values)]),
  ];
  const t = derivation ? TRANSFORMS[derivation] : (n: number) => n;
  return raw.map(t);
}

type FigureFields = Pick<Claim, 'figure' | 'quote' | 'value' | 'valueLow' | 'valueHigh' | 'derivation'>;

/**
 * Checks that the figure is in the quote and that every stored number (value, low, high) is one the
 * figure actually says. Returns one problem per field that does not hold, as [column, reason].
 */
export function figureProblems(c: FigureFields): [string, string][] {
  const out: [string, string][] = [];
  if (c.figure === '') return [['figure', 'figure is empty']];
  if (!c.quote.includes(c.figure)) return [['figure', `"${c.figure}" is not part of the quote`]];
  const candidates = figureCandidates(c.figure, c.derivation);
  const shown = candidates.length ? candidates.map((n) => String(Number(n.toPrecision(10)))).join(', ') : 'none';
  const via = c.derivation ? ` after ${c.derivation}` : '';
  const check = (column: string, v: number | undefined) => {
    if (v === undefined) return;
    if (!candidates.some((n) => close(n, v))) {
      out.push([column, `${v} is not a number the figure "${c.figure}" states${via} (it reads: ${shown})`]);
    }
  };
  check('value', c.value);
  check('value_low', c.valueLow);
  check('value_high', c.valueHigh);
  return out;
}
