import type { Source } from './source';

/** Character span [start, end) of a source file. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where the article body lies in a source file: from the first `articleStart` marker to the end of the
 * first `articleEnd` marker after it. Quotes must fall inside, so page furniture and the machine-written
 * summary can never be cited. Undefined when a marker is not found.
 */
export function articleSpan(text: string, source: Pick<Source, 'articleStart' | 'articleEnd'>): Span | undefined {
  const start = text.indexOf(source.articleStart);
  if (start < 0 || source.articleStart === '') return undefined;
  const endMarker = text.indexOf(source.articleEnd, start);
  if (endMarker < 0 || source.articleEnd === '') return undefined;
  return { start, end: endMarker + source.articleEnd.length };
}

/** Every start offset of `needle` in `text` (non-overlapping). */
export function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

/** Result of looking a quote up in its source. */
export type QuoteLocation =
  | { ok: true; start: number; end: number; count: number }
  | { ok: false; reason: string };

/**
 * Finds a quote verbatim inside the article body. A quote that occurs more than once must name its
 * occurrence (1-based), so the reader highlights the sentence the curator meant.
 */
export function locateQuote(text: string, span: Span, quote: string, occurrence?: number): QuoteLocation {
  if (quote.trim() === '') return { ok: false, reason: 'quote is empty' };
  if (quote !== quote.trim()) return { ok: false, reason: 'quote starts or ends with whitespace' };
  const all = occurrences(text, quote);
  const inside = all.filter((i) => i >= span.start && i + quote.length <= span.end);
  if (all.length === 0) return { ok: false, reason: 'quote is not found verbatim in the source text' };
  if (inside.length === 0) return { ok: false, reason: 'quote is found only outside the article body (title, furniture or machine summary)' };
  if (occurrence === undefined && inside.length > 1) {
    return { ok: false, reason: `quote occurs ${inside.length} times in the article; set quote_occurrence` };
  }
  const n = occurrence ?? 1;
  if (n > inside.length) return { ok: false, reason: `quote_occurrence ${n} but the quote occurs ${inside.length} time(s)` };
  const start = inside[n - 1]!;
  return { ok: true, start, end: start + quote.length, count: inside.length };
}
