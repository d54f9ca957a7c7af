import type { Claim } from './claim';
import { close, TRANSFORMS } from './check-figure';
import { readEnglishNumbers, type EnglishNumber } from './english-numbers';

type TranslationFields = Pick<Claim, 'quoteEn' | 'value' | 'valueLow' | 'valueHigh' | 'derivation'>;

/** The numbers a claim stores (value, low, high), each once. */
const storedNumbers = (c: TranslationFields): number[] =>
  [c.value, c.valueLow, c.valueHigh].filter((v): v is number => v !== undefined);

/** Whether an English figure says the number v, as written or after the claim's derivation. */
function says(n: EnglishNumber, v: number, c: TranslationFields): boolean {
  const t = c.derivation ? TRANSFORMS[c.derivation] : undefined;
  return n.values.some((x) => close(x, v) || (t !== undefined && close(t(x), v)));
}

/**
 * The figures of the English translation that state the claim's stored numbers: what the translation's
 * reader sees emphasised, and what the validator requires. A range written in one piece ("3–5 years") is
 * one figure for both ends.
 */
export function translatedFigures(c: TranslationFields): EnglishNumber[] {
  const stored = storedNumbers(c);
  return readEnglishNumbers(c.quoteEn).filter((n) => stored.some((v) => says(n, v, c)));
}

/** Problems of a claim's translation as [column, reason]: missing, or not stating the stored numbers. */
export function translationProblems(c: TranslationFields & Pick<Claim, 'figure'>): [string, string][] {
  if (c.quoteEn.trim() === '') return [['quote_en', 'claim has no English translation of its quote']];
  const numbers = readEnglishNumbers(c.quoteEn);
  const read = numbers.length ? numbers.map((n) => n.text).join(', ') : 'no figure';
  const via = c.derivation ? ` (after ${c.derivation})` : '';
  return storedNumbers(c)
    .filter((v) => !numbers.some((n) => says(n, v, c)))
    .map((v): [string, string] => [
      'quote_en',
      `the translation does not state ${v}${via}, the figure "${c.figure}" of the quote (it reads: ${read})`,
    ]);
}
