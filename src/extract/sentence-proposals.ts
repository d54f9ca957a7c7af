/**
 * The candidate claims of one sentence: every figure it states (sentence-figures.ts), with the year or
 * period it speaks of (figure-dates.ts), the kind of statement, the speaker and a guess of metric and topic.
 */
import type { Reading } from '../data/source';
import { clauseEnd, clauseStart } from './clauses';
import { horizonYears, whenOf } from './figure-dates';
import { guessKind } from './kind';
import { guessMetric, guessTopic } from './metric-topic';
import type { ProposedClaim, ProposedSentence } from './proposal';
import { readingView, verbatimSpan } from './reading-view';
import { claimsOf, readFigures } from './sentence-figures';
import { guessSpeaker } from './speaker';
import { findYears } from './years';

/** What every sentence of an article shares. */
export interface ArticleContext {
  language: 'zh' | 'en';
  asOfYear?: number;
  readings: readonly Reading[];
}

/** The candidate claims of one sentence of the article. */
export function proposeInSentence(sentence: ProposedSentence, index: number, ctx: ArticleContext): ProposedClaim[] {
  const view = readingView(sentence.text, ctx.readings);
  const s = view.text;
  const { claims: figures, framing } = claimsOf(s, readFigures(s, ctx.language), ctx.asOfYear);
  if (figures.length === 0) return [];
  const written = ctx.asOfYear === undefined ? findYears(s, 0).filter((y) => y.year > 1000) : findYears(s, ctx.asOfYear);
  const years = [...written, ...horizonYears(framing, ctx.asOfYear)].sort((a, b) => a.start - b.start);
  const speaker = guessSpeaker(s, ctx.language);
  return figures.map((f): ProposedClaim => {
    const [from, to] = [clauseStart(s, f.start), clauseEnd(s, f.end)];
    const clause = s.slice(from, to);
    const metric = f.derivation === 'word_comparison' && /电/.test(s) ? 'energy_use' : guessMetric(f.unit, f.word, clause, s.slice(0, to));
    const when = whenOf(s, f, years, ctx.asOfYear, metric === 'cagr');
    const kind = f.role === 'calendar_year' ? 'forecast' : guessKind(s, from, to, when.year, ctx.asOfYear ?? Infinity);
    // An observation that names no year is of the time the article was written.
    const undated = when.year === undefined && when.periodStart === undefined;
    const year = when.year ?? (undated && (kind === 'observed' || kind === 'estimate') ? ctx.asOfYear : undefined);
    const span = verbatimSpan(view, f.start, f.end);
    return {
      sentence: index,
      quote: sentence.text,
      quoteStart: sentence.start,
      figure: sentence.text.slice(span.start, span.end),
      figureStart: span.start,
      ...(f.value !== undefined ? { value: f.value } : { valueLow: f.valueLow, valueHigh: f.valueHigh }),
      qualifier: f.qualifier,
      unit: f.unit,
      ...(f.derivation ? { derivation: f.derivation } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(when.periodStart !== undefined ? { periodStart: when.periodStart } : {}),
      ...(when.periodEnd !== undefined ? { periodEnd: when.periodEnd } : {}),
      kind,
      metric,
      topic: guessTopic(metric, s),
      attributedTo: speaker,
    };
  });
}
