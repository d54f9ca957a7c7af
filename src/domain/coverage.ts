import type { Span } from '../data/article-text';
import { parseNumberExpressions, type NumberMention } from '../data/number-expressions';

/** A sentence of an article with its place in the source file. */
export interface Sentence extends Span {
  text: string;
}

/** A sentence the curator decided holds no claim, with the reason (data/extract-ignore.csv). */
export interface IgnoreEntry {
  sourceId: string;
  /** A verbatim part of the sentence, enough to pick it out. */
  text: string;
  reason: string;
  line: number;
}

// Sentence ends: Chinese and Western full stops, question and exclamation marks, semicolons, line breaks.
const SENTENCE_END = /[。！？!?；\n]/;
// Closing quotes and brackets right after a sentence end belong to that sentence, not the next one.
const CLOSERS = /[”’」』）)】]/;

/** Splits the article body into sentences, keeping each one's offsets in the file. */
export function splitSentences(text: string, span: Span): Sentence[] {
  const out: Sentence[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (SENTENCE_END.test(text[i]!) || i === span.end - 1) {
      while (text[i] !== '\n' && i + 1 < span.end && CLOSERS.test(text[i + 1]!)) i++;
      const raw = text.slice(start, i + 1);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body !== '') out.push({ start: start + lead, end: start + lead + body.length, text: body });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Whether a number mention in a sentence is a figure that could be a claim. Only what the issue rules out
 * as "not a claim" is filtered here, so the ignore list stays for judgement calls:
 * - a lone Chinese 一 ("一种", "一个", "一直") is almost always a word, not a quantity;
 * - ordinal labels: 趋势一, 第四次, 一是/二是, 二者;
 * - calendar days and months (12月18日, 本年6月) and centuries (21世纪);
 * - digits glued to a preceding Latin letter are names or versions (K12, Lama3, AI2.0, GPT-4).
 */
export function isFigure(m: NumberMention, sentence: string): boolean {
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  const arabic = /[0-9０-９]/.test(m.text);
  if (!arabic && m.form === 'number' && m.value === 1 && m.text.length === 1) return false;
  if (/(趋势|第)$/.test(before) || /^(是|者)/.test(after)) return false;
  if (/^(月|日|世纪)/.test(after)) return false;
  if (arabic && /[A-Za-z][-.]?$/.test(before)) return false;
  return true;
}

/** The sentences that hold at least one figure. */
export function numericSentences(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => parseNumberExpressions(s.text).some((m) => isFigure(m, s.text)));
}

/** Coverage of one source's numeric sentences by claims' quotes and the ignore list. */
export interface SourceCoverage {
  sourceId: string;
  numeric: number;
  covered: number;
  ignored: number;
  uncovered: Sentence[];
  /** Ignore entries that match no numeric sentence (stale after an edit). */
  unusedIgnores: IgnoreEntry[];
}

/** Which numeric sentences no claim quotes and no ignore entry explains. */
export function sourceCoverage(
  sourceId: string,
  sentences: readonly Sentence[],
  quoteSpans: readonly Span[],
  ignores: readonly IgnoreEntry[],
): SourceCoverage {
  const numeric = numericSentences(sentences);
  const mine = ignores.filter((i) => i.sourceId === sourceId);
  const used = new Set<IgnoreEntry>();
  let covered = 0;
  let ignored = 0;
  const uncovered: Sentence[] = [];
  for (const s of numeric) {
    if (quoteSpans.some((q) => q.start < s.end && q.end > s.start)) {
      covered++;
      continue;
    }
    const ig = mine.find((i) => s.text.includes(i.text));
    if (ig) {
      used.add(ig);
      ignored++;
      continue;
    }
    uncovered.push(s);
  }
  return {
    sourceId,
    numeric: numeric.length,
    covered,
    ignored,
    uncovered,
    unusedIgnores: mine.filter((i) => !used.has(i)),
  };
}
