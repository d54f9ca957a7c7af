/**
 * Splits a pasted article into sentences with exact offsets. Intl.Segmenter finds the sentence ends;
 * Chinese text is also cut at line breaks and full-width semicolons, which close a statement there as
 * surely as 。 does.
 */
import type { ProposedSentence } from './proposal';

/**
 * The language of a text: Chinese when CJK characters make up a fair share of its letters. An English
 * text that quotes a Chinese title or name (《计算能力和人工智能》) stays English.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk > 0 && cjk * 4 >= latin ? 'zh' : 'en';
}

// ICU treats an opening quote or bracket after 。 as closing the sentence before it; it opens the next one.
const OPENERS = /[“‘「『（(【《]+$/;
const CHINESE_CUTS = /[\n；]/g;

/** A [start, end) piece of `text`, trimmed; undefined when only whitespace is left. */
function trimmed(text: string, start: number, end: number): ProposedSentence | undefined {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return undefined;
  return { start: start + lead, end: start + lead + body.length, text: body };
}

/** Cuts [start, end) after every line break and '；' (the semicolon stays with its sentence). */
function cutChinese(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(CHINESE_CUTS)) {
    const at = start + m.index + 1;
    pieces.push([from, at]);
    from = at;
  }
  pieces.push([from, end]);
  return pieces;
}

/** The sentences of `text` in order, each trimmed and an exact substring at its offsets. */
export function splitSentences(text: string, language: 'zh' | 'en' = detectLanguage(text)): ProposedSentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const bounds: [number, number][] = [];
  let carry = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    const start = index - carry;
    const opener = language === 'zh' ? OPENERS.exec(segment) : null;
    carry = opener ? opener[0].length : 0;
    bounds.push([start, index + segment.length - carry]);
  }
  const pieces = language === 'zh' ? bounds.flatMap(([s, e]) => cutChinese(text, s, e)) : bounds;
  return pieces.map(([s, e]) => trimmed(text, s, e)).filter((s): s is ProposedSentence => s !== undefined);
}
