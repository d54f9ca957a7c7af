/**
 * Years a sentence speaks of: calendar years (2023年, 2019–2024, in 2030), years relative to when the
 * article was written (今年, 去年, this year), spans (2018年至2022年, 从2019年到目前) and horizons written
 * as durations (未来五年, 过去30年, within 3–5 years). They give a figure its year or period.
 */

/** A year or a span of years mentioned at [start, end) of a sentence. */
export interface YearMention {
  start: number;
  end: number;
  /** The year meant; for a span, its last year. */
  year: number;
  /** First year of a span. */
  from?: number;
  /** A span with no end written (2010年以后, since 2019): only its start is known. */
  openEnded?: boolean;
  /** A span read from a duration (未来三年内) rather than from years written as numbers. */
  fromDuration?: boolean;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
// A year is not a year inside a longer number, a model name (A2023) or a date written 2024-12-23.
const NOT_BEFORE = String.raw`(?<![\d.A-Za-z\-/])`;
const SPAN_RE = new RegExp(
  String.raw`${NOT_BEFORE}(?:从|between\s+|from\s+)?(${YEAR})\s*年?\s*(?:至|到|—|–|-|~|～|and|to)\s*(${YEAR})(?!\d|\.\d)\s*年?`,
  'gi',
);
const UNTIL_NOW_RE = new RegExp(String.raw`${NOT_BEFORE}从?(${YEAR})\s*年?\s*(?:至今|以来|到(?:目前|现在|今天|如今|咫尺|今))`, 'g');
const POINT_RE = new RegExp(String.raw`${NOT_BEFORE}(${YEAR})(?!\d|\.\d|[%％])(?!\s*(?:[-./]\d|[个万亿张台家元美倍%]))`, 'g');
// 2010年以后, 2019年以来: a span that starts at the year and is left open.
const SINCE = /^\s*年?(?:[^，,。；;\d]{0,6}?(?:以后|之后|以来|后(?![续期面]))|起)/;
const SINCE_EN = /\bsince\s+$/i;
const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/今年|本年|this year/gi, 0],
  [/去年|上年|last year/gi, -1],
  [/前年/g, -2],
  [/明年|next year/gi, 1],
];

const overlaps = (a: { start: number; end: number }, list: readonly { start: number; end: number }[]): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** Every year and span of years in `s`, in order; relative years are resolved against `asOfYear`. */
export function findYears(s: string, asOfYear: number): YearMention[] {
  const found: YearMention[] = [];
  for (const m of s.matchAll(SPAN_RE)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from < to) found.push({ start: m.index, end: m.index + m[0].length, year: to, from });
  }
  for (const m of s.matchAll(UNTIL_NOW_RE)) {
    const span = { start: m.index, end: m.index + m[0].length, year: asOfYear, from: Number(m[1]) };
    if (!overlaps(span, found)) found.push(span);
  }
  for (const m of s.matchAll(POINT_RE)) {
    const year = Number(m[1]);
    const end = m.index + m[0].length;
    const since = SINCE.exec(s.slice(end))?.[0] ?? (SINCE_EN.test(s.slice(0, m.index)) ? '' : undefined);
    const point =
      since !== undefined ? { start: m.index, end: end + since.length, year, from: year, openEnded: true } : { start: m.index, end, year };
    if (!overlaps(point, found)) found.push(point);
  }
  for (const [re, shift] of RELATIVE) {
    for (const m of s.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, year: asOfYear + shift });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The year context of a figure at [start, end): the last year named before it, else the first after it. */
export function yearNear(years: readonly YearMention[], start: number, end: number): YearMention | undefined {
  const before = years.filter((y) => y.end <= start);
  return before[before.length - 1] ?? years.find((y) => y.start >= end);
}

/** A horizon written as a duration around a figure: 未来五年, 过去30年, 三年内, over the next five years. */
export interface Horizon {
  direction: 'past' | 'future';
  low: number;
  high: number;
}

/**
 * The span of years a horizon covers, counted from `base`: the past ends at base, the future starts at it
 * (未来3~5年 from 2024 → 2027–2029, year 2027; 未来五年 from 2023 → 2023–2028).
 */
export function horizonPeriod(h: Horizon, base: number): { year: number; periodStart: number; periodEnd: number } {
  if (h.direction === 'past') return { year: base, periodStart: base - h.high, periodEnd: base };
  if (h.low !== h.high) return { year: base + h.low, periodStart: base + h.low, periodEnd: base + h.high };
  return { year: base + h.high, periodStart: base, periodEnd: base + h.high };
}

/** The year of an `asOf` date (YYYY, YYYY-MM or YYYY-MM-DD), or undefined. */
export function yearOf(asOf: string | undefined): number | undefined {
  const m = /^(\d{4})/.exec(asOf ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The latest plausible year a text mentions: the fallback when the caller gives no asOf. */
export function latestYear(text: string): number | undefined {
  const years = [...text.matchAll(new RegExp(`${NOT_BEFORE}(${YEAR})(?!\\d)`, 'g'))].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}
