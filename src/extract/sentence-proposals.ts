/**
 * The candidate claims of one sentence: every figure it states, with the year or period it speaks of, the
 * kind of statement, the speaker and a guess of metric and topic. Numbers that only frame another figure
 * (the 2026 of 预计到2026年…360EFlops, the 两年 of 往时两年…翻了10倍) give it context and are not proposed.
 */
import type { Reading } from '../data/source';
import { clauseEnd, clauseStart } from './clauses';
import { readFigure, type FigureReading } from './figure-reading';
import { FORECAST, guessKind } from './kind';
import { guessMetric, guessTopic } from './metric-topic';
import { mayBeFigure } from './not-figures';
import { sentenceMentions } from './number-mentions';
import type { ProposedClaim, ProposedSentence } from './proposal';
import { readingView, verbatimSpan } from './reading-view';
import { guessSpeaker } from './speaker';
import { rankFigures, wordComparisons } from './special-figures';
import { findYears, horizonPeriod, yearNear, type YearMention } from './years';

/** What every sentence of an article shares. */
export interface ArticleContext {
  language: 'zh' | 'en';
  asOfYear?: number;
  readings: readonly Reading[];
}

const overlapping = (a: FigureReading, list: readonly FigureReading[]): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** Every figure of the corrected sentence `s`, in order. */
function readFigures(s: string, language: 'zh' | 'en'): FigureReading[] {
  const found: FigureReading[] = [];
  for (const m of sentenceMentions(s, language)) {
    // A numeral inside the unit of the figure before it (the 千 of 8760万千瓦时) is part of that unit.
    if (m.start < (found[found.length - 1]?.end ?? 0) || !mayBeFigure(m, s, language)) continue;
    const f = readFigure(s, m, language, found);
    if (f) found.push(f);
  }
  const extra = [...rankFigures(s, language), ...wordComparisons(s, language)].filter((f) => !overlapping(f, found));
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

// A future year stated on its own is the figure when the clause predicts something by or in it
// (预计将在2026年学习完…, 到2029年都恐难实现盈利, will run out by 2028), not when it only dates a statement.
const YEAR_CLAIM_CUE = new RegExp(`${FORECAST.source}|恐|可能`, 'i');
const YEAR_CLAIM_PREPOSITION = /(?:在|到|于|至|截至)\s*$|\b(?:by|in|until|before)\s+$/i;
const AFTER_POINT_IN_TIME = /^(?:以后|之后|后|以前|之前|前|下来|ago|later|from now)/;

/**
 * Which figures are claims. A duration or year followed by another figure of the sentence frames that
 * figure (往时两年,英伟达市值翻了10倍; 预计到2026年…360EFlops) and is returned as framing instead.
 */
function claimsOf(s: string, figures: readonly FigureReading[], asOfYear: number | undefined): { claims: FigureReading[]; framing: FigureReading[] } {
  const framesLaterFigure = (i: number): boolean => {
    for (const next of figures.slice(i + 1)) {
      if (next.role === 'claim') return true;
      if (next.role === 'calendar_year') return false;
    }
    return false;
  };
  const claims: FigureReading[] = [];
  const framing: FigureReading[] = [];
  figures.forEach((f, i) => {
    if (f.role === 'claim') claims.push(f);
    else if (framesLaterFigure(i)) framing.push(f);
    else if (f.role === 'duration') {
      if (!AFTER_POINT_IN_TIME.test(s.slice(f.end).trim())) claims.push(f);
    } else {
      const clause = s.slice(clauseStart(s, f.start), clauseEnd(s, f.end));
      const future = asOfYear !== undefined && (f.value ?? 0) > asOfYear;
      if (future && YEAR_CLAIM_PREPOSITION.test(s.slice(0, f.start)) && YEAR_CLAIM_CUE.test(clause)) claims.push(f);
    }
  });
  return { claims, framing };
}

/** Spans of years read from framing durations with a horizon (未来三年内 from 2024 → 2024–2027). */
function horizonYears(framing: readonly FigureReading[], asOfYear: number | undefined): YearMention[] {
  if (asOfYear === undefined) return [];
  return framing.flatMap((f) => {
    if (!f.horizon) return [];
    const p = horizonPeriod(f.horizon, asOfYear);
    return [{ start: f.start, end: f.end, year: p.year, from: p.periodStart, fromDuration: true }];
  });
}

const CAGR_SPAN = /(未来|今后|过去|近)?\s*(\d+|[一二两三四五六七八九十]+)\s*年(?:内|间|来)?的?(?:年均)?年?复合/;
const CN_SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

interface When {
  year?: number;
  periodStart?: number;
  periodEnd?: number;
}

/** The period of a compound growth rate: a written span, or N years counted from the sentence's years or asOf. */
function cagrPeriod(s: string, f: FigureReading, years: readonly YearMention[], asOfYear: number | undefined): When | undefined {
  const span = years.find((y) => y.from !== undefined && !y.fromDuration && !y.openEnded);
  if (span) return { year: span.year, periodStart: span.from, periodEnd: span.year };
  const m = CAGR_SPAN.exec(s.slice(clauseStart(s, f.start), f.start)) ?? /over the (next|past) (\w+) years/i.exec(s);
  if (!m || asOfYear === undefined) return undefined;
  const raw = m[2] ?? '';
  const n = /^\d+$/.test(raw) ? Number(raw) : (CN_SMALL[raw] ?? { five: 5, three: 3, ten: 10, two: 2, four: 4 }[raw.toLowerCase()]);
  if (!n) return undefined;
  if (/过去|近|past/.test(m[1] ?? '')) return { year: asOfYear, periodStart: asOfYear - n, periodEnd: asOfYear };
  const future = years.filter((y) => y.year > asOfYear && !y.fromDuration).map((y) => y.year);
  if (future.length) return { year: Math.max(...future), periodStart: Math.max(...future) - n, periodEnd: Math.max(...future) };
  const base = [...years].reverse().find((y) => y.end <= f.start && y.year <= asOfYear && !y.fromDuration)?.year ?? asOfYear;
  return { year: base + n, periodStart: base, periodEnd: base + n };
}

// A following clause that opens with a year (…,到2028年将节省…) still dates the figure before it.
const DATING_CLAUSE = /^\s*(?:到|在|截至|至|于|by|in)?\s*$/i;

/** The years that can date the figure at [start, end): any before it, and after it only in its own clause or a dating clause. */
function datingYears(s: string, f: FigureReading, years: readonly YearMention[]): YearMention[] {
  const ownEnd = clauseEnd(s, f.end);
  const nextEnd = clauseEnd(s, Math.min(s.length, ownEnd + 1));
  return years.filter(
    (y) =>
      y.end <= f.start ||
      (y.start >= f.end && (y.start < ownEnd || (y.start < nextEnd && DATING_CLAUSE.test(s.slice(ownEnd + 1, y.start))))),
  );
}

/** The year or period a figure speaks of, from what the sentence writes (undefined when it names none). */
function whenOf(s: string, f: FigureReading, years: readonly YearMention[], asOfYear: number | undefined, cagr: boolean): When {
  if (f.role === 'calendar_year') return { year: f.value };
  if (cagr) {
    const period = cagrPeriod(s, f, years, asOfYear);
    if (period) return period;
  }
  if (f.horizon && asOfYear !== undefined) return horizonPeriod(f.horizon, asOfYear);
  const near = yearNear(datingYears(s, f, years), f.start, f.end);
  if (!near) return {};
  if (near.openEnded) return { periodStart: near.from };
  return near.from !== undefined ? { year: near.year, periodStart: near.from, periodEnd: near.year } : { year: near.year };
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
