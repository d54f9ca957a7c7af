/**
 * Reads one number of a sentence as a figure: its unit in the dataset's base units (unit-reading.ts), its
 * hedge, and the exact span a curator would call the figure ("超过50%", "每3-4个月", "9.58万张",
 * "USD 1.55 billion"). Returns undefined for numbers that state no quantity worth proposing: bare small
 * numbers, codes (70B, 5G), calendar days and months that are not doubling times.
 */
import { clean } from '../data/chinese-numerals';
import type { Derivation, Qualifier, Unit } from '../data/vocabulary';
import { clauseStart } from './clauses';
import type { Mention } from './number-mentions';
import { hedgedClause, qualifierAfter, qualifierBefore } from './qualifiers';
import { readUnit } from './unit-reading';
import type { UnitWord } from './unit-words';
import type { Horizon } from './years';

/** A number read as a figure, in the coordinates of the (corrected) sentence. */
export interface FigureReading {
  start: number;
  end: number;
  value?: number;
  valueLow?: number;
  valueHigh?: number;
  unit: Unit;
  derivation?: Derivation;
  qualifier: Qualifier;
  /** A claim; a duration (may be only the span of another figure); or a calendar year (context). */
  role: 'claim' | 'duration' | 'calendar_year';
  horizon?: Horizon;
  /** The unit word as written (张, 用户, 个 …), which tells what a count counts. */
  word?: UnitWord;
}

/** The mention's numbers times `factor`, in the value or low/high fields. */
function scaled(m: Mention, factor: number): Pick<FigureReading, 'value' | 'valueLow' | 'valueHigh'> {
  const f = (n: number | undefined) => (n === undefined ? undefined : clean(n * factor));
  return m.value !== undefined ? { value: f(m.value) } : { valueLow: f(m.low), valueHigh: f(m.high) };
}

/**
 * The qualifier of a figure at [start, end) with no hedge next to it: one further back in its clause
 * (大致, 基本), or the vagueness of the number itself (数亿, 百亿级别, 万亿参数).
 */
function hedgeOf(s: string, m: Mention, start: number, end: number, unit: Unit, language: 'zh' | 'en', from: number): Qualifier {
  const orderOfMagnitude = /^(?:级别|量级|级)/.test(s.slice(end)) || (unit === 'params' && /^[十百千万亿]+$/.test(m.text));
  return hedgedClause(s.slice(from, end), start - from, language) || m.form === 'vague' || orderOfMagnitude ? 'about' : 'exactly';
}

/** Reads the mention `m` of sentence `s` as a figure, or undefined when it states no quantity to propose. */
export function readFigure(s: string, m: Mention, language: 'zh' | 'en', earlier: readonly FigureReading[]): FigureReading | undefined {
  const u = readUnit(s, m, language, earlier);
  if (!u) return undefined;
  const base = { ...scaled(m, u.factor), unit: u.unit, role: u.role, word: u.word };
  if (u.role === 'calendar_year') return { ...base, start: m.start, end: u.unitEnd, qualifier: 'exactly' };
  const before = qualifierBefore(s.slice(0, u.start), language);
  const after = qualifierAfter(s.slice(u.unitEnd), language);
  const start = u.start - (before?.length ?? 0);
  const end = u.unitEnd + (after?.length ?? 0);
  const from = Math.max(clauseStart(s, start), earlier[earlier.length - 1]?.end ?? 0);
  // A hedge next to the number wins (超过, 约), then 多/余 inside it, then one after it (以上, 左右).
  const qualifier = before?.qualifier ?? (u.more ? 'more_than' : after?.qualifier) ?? hedgeOf(s, m, start, end, u.unit, language, from);
  return { ...base, start, end, qualifier, derivation: u.derivation, horizon: u.horizon };
}
