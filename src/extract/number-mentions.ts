/**
 * The numbers of one sentence, in either language, in one shape. Chinese text goes through the dataset's
 * own parser (so a proposal's value is one the validator will read back from its figure); English text
 * through the reader of the curators' translations. Bare neighbours joined by 、, 甚至 or "or even"
 * (百亿、千亿, 百亿甚至千亿, USD 10 billion or even USD 100 billion) become one range, as a curator writes them.
 */
import { readEnglishNumbers } from '../data/english-numbers';
import { parseNumberExpressions, type NumberMention } from '../data/number-expressions';

/** A number in a sentence: where it is, its value or range (万/亿 and English scale words applied). */
export type Mention = NumberMention;

const LIST_SEPARATOR = /^(?:、|甚至|乃至|或者|或)$|^\s+or(?: even)?\s+(?:USD\s?|US\$|\$)?$/;
const VAGUE_EN = /\b(?:several|a few|tens|dozens|hundreds|thousands|millions|billions)\b/i;
const FRACTION_EN = /\/|\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\b/i;

/** Joins `a、b` and `a甚至b` of single numbers into the range a..b when a is the smaller. */
function joinLists(s: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    const joinable =
      b !== undefined &&
      a.form === 'number' &&
      b.form === 'number' &&
      a.value !== undefined &&
      b.value !== undefined &&
      a.value < b.value &&
      a.value >= 100 &&
      LIST_SEPARATOR.test(s.slice(a.end, b.start));
    if (joinable) {
      out.push({ text: s.slice(a.start, b.end), start: a.start, end: b.end, low: a.value, high: b.value, form: 'range' });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Numbers of an English sentence, from readEnglishNumbers (digits, scale words, ranges, fractions). */
function englishMentions(s: string): Mention[] {
  return readEnglishNumbers(s).map((n): Mention => {
    // "hundreds of millions": the reader stops at "million"; the plural belongs to the figure.
    const end = VAGUE_EN.test(n.text) && s.charAt(n.end) === 's' ? n.end + 1 : n.end;
    const base = { text: s.slice(n.start, end), start: n.start, end };
    if (VAGUE_EN.test(n.text)) return { ...base, low: n.values[0], high: n.values[1] ?? n.values[0], vague: true, form: 'vague' };
    if (n.values.length > 1) return { ...base, low: n.values[0], high: n.values[1], form: 'range' };
    return { ...base, value: n.values[0] ?? 0, form: FRACTION_EN.test(n.text) ? 'fraction' : 'number' };
  });
}

/** Every number of the sentence `s`, in order. */
export function sentenceMentions(s: string, language: 'zh' | 'en'): Mention[] {
  return joinLists(s, language === 'zh' ? parseNumberExpressions(s) : englishMentions(s));
}
