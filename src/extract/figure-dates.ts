/**
 * The year or period a figure speaks of, from what its sentence writes: a year in its own clause, the last
 * year before it, a dating clause after it (…,到2028年将节省…); the span of a compound growth rate
 * (未来五年, 三年年复合增长率 counted back from 到2026年); the horizon of a duration (未来3~5年).
 */
import { clauseEnd, clauseStart } from './clauses';
import type { FigureReading } from './figure-reading';
import { horizonPeriod, yearNear, type YearMention } from './years';

/** Spans of years read from framing durations with a horizon (未来三年内 from 2024 → 2024–2027). */
export function horizonYears(framing: readonly FigureReading[], asOfYear: number | undefined): YearMention[] {
  if (asOfYear === undefined) return [];
  return framing.flatMap((f) => {
    if (!f.horizon) return [];
    const p = horizonPeriod(f.horizon, asOfYear);
    return [{ start: f.start, end: f.end, year: p.year, from: p.periodStart, fromDuration: true }];
  });
}

const CAGR_SPAN = /(未来|今后|过去|近)?\s*(\d+|[一二两三四五六七八九十]+)\s*年(?:内|间|来)?的?(?:年均)?年?复合/;
const CN_SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A figure's year and period, each known or not. */
export interface When {
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
export function whenOf(s: string, f: FigureReading, years: readonly YearMention[], asOfYear: number | undefined, cagr: boolean): When {
  if (f.role === 'calendar_year') return { year: f.value };
  if (cagr) {
    const period = cagrPeriod(s, f, years, asOfYear);
    if (period) return period;
  }
  if (f.horizon && asOfYear !== undefined) return horizonPeriod(f.horizon, asOfYear);
  // A year in the figure's own clause dates it first (…, and its losses may reach USD 14 billion by 2026).
  const [from, to] = [clauseStart(s, f.start), clauseEnd(s, f.end)];
  const own = years.filter((y) => y.start >= from && y.end <= to && (y.end <= f.start || y.start >= f.end));
  const near = yearNear(own.length ? own : datingYears(s, f, years), f.start, f.end);
  if (!near) return {};
  if (near.openEnded) return { periodStart: near.from };
  return near.from !== undefined ? { year: near.year, periodStart: near.from, periodEnd: near.year } : { year: near.year };
}

