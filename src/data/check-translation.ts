import type { Claim } from './claim';
import { close, TRANSFORMS } from './check-figure';
import { readEnglishNumbers, type EnglishNumber } from './english-numbers';

type TranslationFields = Pick<Claim, 'quoteEn' | 'value' | 'valueLow' | 'valueHigh' | 'derivation'>;

/** The numbers a claim stores (value, low, high), each once. */
const storedNumbers = (c: TranslationFields): number[] =>
  [c.value, c.valueLow, c.valueHigh].filter((v): v is number => v !== undefined);

// A comparison in words ("exceeds the combined total of …") in English: the words that state it.
const ENGLISH_COMPARISON = /\b(?:exceeds?|exceeding|more than|greater than|larger than|higher than|less than|fewer than|lower than|equal to|equivalent to|as much as|on a par with)\b[^,.;]*/gi;

/** The comparing phrases of an English text, as figures standing for 100 (percent of the thing compared). */
function comparisonPhrases(text: string): EnglishNumber[] {
  return [...text.matchAll(ENGLISH_COMPARISON)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], values: [100] }));
}

/** The figures of a translation: numbers, or for a comparison in words, the comparing phrase. */
const englishFigures = (c: TranslationFields): EnglishNumber[] =>
  c.derivation === 'word_comparison' ? comparisonPhrases(c.quoteEn) : readEnglishNumbers(c.quoteEn);

/** Whether an English figure says the number v, as written or after the claim's derivation. */
function says(n: EnglishNumber, v: number, c: TranslationFields): boolean {
  const t = c.derivation && c.derivation !== 'word_comparison' ? TRANSFORMS[c.derivation] : undefined;
  return n.values.some((x) => close(x, v) || (t !== undefined && close(t(x), v)));
}

/**
 * The figures of the English translation that state the claim's stored numbers: what the translation's
 * reader sees emphasised, and what the validator requires. A range written in one piece ("3–5 years") is
 * one figure for both ends.
 */
export function translatedFigures(c: TranslationFields): EnglishNumber[] {
  const stored = storedNumbers(c);
  return englishFigures(c).filter((n) => stored.some((v) => says(n, v, c)));
}

/** Problems of a claim's translation as [column, reason]: missing, or not stating the stored numbers. */
export function translationProblems(c: TranslationFields & Pick<Claim, 'figure'>): [string, string][] {
  if (c.quoteEn.trim() === '') return [['quote_en', 'claim has no English translation of its quote']];
  const numbers = englishFigures(c);
  const read = numbers.length ? numbers.map((n) => n.text).join(', ') : 'no figure';
  const via = c.derivation ? ` (after ${c.derivation})` : '';
  return storedNumbers(c)
    .filter((v) => !numbers.some((n) => says(n, v, c)))
    .map((v): [string, string] => [
      'quote_en',
      `the translation does not state ${v}${via}, the figure "${c.figure}" of the quote (it reads: ${read})`,
    ]);
}
