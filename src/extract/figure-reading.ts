/**
 * Reads one number of a sentence as a figure: its unit (with 万/亿 and SI prefixes turned into the
 * dataset's base units), its hedge, and the exact span a curator would call the figure ("超过50%",
 * "每3-4个月", "9.58万张", "USD 1.55 billion"). Returns undefined for numbers that state no quantity
 * worth proposing: bare small numbers, codes (70B, 5G), calendar days and durations that are not spans.
 */
import { clean } from '../data/chinese-numerals';
import type { Derivation, Qualifier, Unit } from '../data/vocabulary';
import { clauseStart } from './clauses';
import type { Mention } from './number-mentions';
import { hasMoreThanInside, hedgedClause, qualifierAfter, qualifierBefore } from './qualifiers';
import { DIRECT_UNITS, matchUnitWord, type UnitWord } from './unit-words';
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

type Language = 'zh' | 'en';

const DOUBLING_ZH = /^[^，,。；;！？]{0,4}?(?:翻一番|翻了一番|翻番|翻倍|翻一倍|增长一倍|增加一倍|增长1倍)/;
const PER_YEAR = /每年|年均|一年|每一年|\bper year\b|\ba year\b|\bannually\b|\beach year\b|\bevery year\b/i;
const GPU_CONTEXT = /GPU|显卡|卡时|训练|算力|计算|芯片|training|compute|accelerator/i;
const CURRENCY_BEFORE_EN = /(?:US\$|USD|\$|RMB|CNY|¥|￥)\s?$/;
const SCALE_AFTER_EN: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\s?(?:bn|B)\b/, 1e9],
  [/^\s?(?:mn|M)\b/, 1e6],
  [/^\s?(?:tn|T)\b/, 1e12],
  [/^\s?K\b/, 1e3],
];
const PRODUCT_EN = /^\s[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*(?=\s)/;
const PREFIX_DURATION_ZH = /(?:未来|今后|接下来|过去|最近|近)$/;
const PREFIX_DURATION_EN = /(?:over the (?:next|past|last)|in the (?:next|past|last)|within(?: the next)?|the (?:next|past|last))\s*$/i;
// A price said to be paid per month (一个月要交几十块钱, costs USD 20 a month).
const MONTHLY = /每月|每个月|一个月|月费|月付|包月|\bper month\b|\ba month\b|\bmonthly\b/i;
const FUTURE_WORDS = /未来|今后|接下来|next|within/i;

/** A calendar year written as a number: 2024, 二〇二四 (not 30, not 2024.5, not a range). */
const isCalendarYear = (m: Mention): boolean =>
  m.form === 'number' &&
  m.value !== undefined &&
  Number.isInteger(m.value) &&
  m.value >= 1900 &&
  m.value <= 2100 &&
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(m.text);

/** Whether position `at` lies inside a quotation “…”, where a bare number is part of a name or slogan. */
function inQuotes(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** A bare number with a magnitude word (5000亿, 数以百万, 2 billion): a quantity even without a unit. */
function isMagnitude(m: Mention): boolean {
  const n = m.value ?? m.low ?? 0;
  return n >= 1e4 && /[万亿]|thousand|million|billion|trillion/i.test(m.text);
}

/** The unit of a bare magnitude from its surroundings: parameters nearby, else the currency used just before, else a count. */
function bareUnit(s: string, m: Mention, earlier: readonly FigureReading[]): Unit {
  const near = s.slice(Math.max(clauseStart(s, m.start), m.start - 8), m.start) + s.slice(m.end, m.end + 8);
  if (/参数|parameters?/i.test(near)) return 'params';
  const money = [...earlier].reverse().find((f) => f.unit === 'USD' || f.unit === 'CNY');
  return money?.unit ?? 'count';
}

/** 倍 and "times": a multiple per year, a ratio to something (…的1.5倍), or a plain multiple. */
function multipleUnit(s: string, m: Mention, numberStart: number, unitEnd: number, language: Language): Unit {
  const clause = s.slice(clauseStart(s, m.start), numberStart);
  if (PER_YEAR.test(clause) || /^\s*(?:\/年|每年|per year|a year)/i.test(s.slice(unitEnd))) return 'x_per_year';
  const ratio = language === 'zh' ? /的\s*$/.test(s.slice(0, numberStart)) : /^\s*(?:that of|as (?:much|high|large|expensive))/i.test(s.slice(unitEnd));
  return ratio ? 'ratio' : 'times';
}

/** Whether a span of time is the period of a doubling (每3-4个月翻一番, doubles every two years). */
function isDoubling(s: string, m: Mention, unitEnd: number, language: Language): boolean {
  if (language === 'zh') return DOUBLING_ZH.test(s.slice(unitEnd));
  const from = clauseStart(s, m.start);
  return /\bdoubl/i.test(s.slice(from, unitEnd + 40));
}

interface Scaled {
  value?: number;
  valueLow?: number;
  valueHigh?: number;
}

/** The mention's numbers times `factor`. */
function scaled(m: Mention, factor: number): Scaled {
  const f = (n: number | undefined) => (n === undefined ? undefined : clean(n * factor));
  return m.value !== undefined ? { value: f(m.value) } : { valueLow: f(m.low), valueHigh: f(m.high) };
}

/** Reads the mention `m` of sentence `s` as a figure, or undefined when it states no quantity to propose. */
export function readFigure(s: string, m: Mention, language: Language, earlier: readonly FigureReading[]): FigureReading | undefined {
  let start = m.start;
  let unitEnd = m.end;
  let word: UnitWord | undefined;
  let factor = 1;
  let more = hasMoreThanInside(m.text);
  if (language === 'en') {
    const currency = CURRENCY_BEFORE_EN.exec(s.slice(0, start));
    if (currency) [word, start] = [/RMB|CNY|¥|￥/.test(currency[0]) ? 'CNY' : 'USD', currency.index];
    for (const [re, k] of SCALE_AFTER_EN) {
      const sc = re.exec(s.slice(unitEnd));
      if (sc && !/[A-Za-z]/.test(m.text)) [factor, unitEnd] = [k, unitEnd + sc[0].length];
    }
  } else if (/^[多余]/.test(s.slice(unitEnd))) {
    [more, unitEnd] = [true, unitEnd + 1];
  }
  let derivation: Derivation | undefined;
  if (/[%％‰]|percent/i.test(m.text) || m.text.startsWith('百分之')) {
    word = 'percent';
    if (m.text.includes('‰')) factor = 0.1;
  } else if (m.form === 'fraction') {
    const arabic = /^\d+\s*\/\s*\d+$/.test(m.text);
    word = arabic ? undefined : 'percent';
    if (!arabic) [factor, derivation] = [100, 'fraction_to_percent'];
  }
  if (word === undefined && m.form !== 'fraction') {
    const u = matchUnitWord(s.slice(unitEnd), language);
    if (u) [word, unitEnd] = [u.word, unitEnd + u.length];
    else if (language === 'en') {
      // A product name between the number and what it counts: 25,000 A100 GPUs.
      const product = PRODUCT_EN.exec(s.slice(unitEnd));
      const counted = product ? matchUnitWord(s.slice(unitEnd + product[0].length), language) : undefined;
      if (product && counted && (counted.word === 'chips' || counted.word === 'things')) [word, unitEnd] = [counted.word, unitEnd + product[0].length + counted.length];
    }
  }
  let unit: Unit | undefined;
  let role: FigureReading['role'] = 'claim';
  let horizon: Horizon | undefined;
  if (m.form === 'fraction' && word === undefined) unit = 'ratio';
  else if (word === undefined) {
    if (isCalendarYear(m)) [unit, role] = ['year', 'calendar_year'];
    else if (isMagnitude(m) && !/^[A-Za-z]/.test(s.slice(unitEnd)) && !inQuotes(s, m.start)) unit = bareUnit(s, m, earlier);
  } else if (word === 'multiple') unit = multipleUnit(s, m, start, unitEnd, language);
  else if (word === 'years' && isCalendarYear(m)) [unit, role] = ['year', 'calendar_year'];
  else if ((word === 'years' || word === 'months') && isDoubling(s, m, unitEnd, language)) {
    unit = 'doubling_months';
    if (word === 'years') [factor, derivation] = [12, 'years_to_months'];
    const every = (language === 'zh' ? /每$/ : /every\s*$/i).exec(s.slice(0, start));
    if (every) start = every.index;
  } else if (word === 'years') {
    [unit, role] = ['years', 'duration'];
    const prefix = (language === 'zh' ? PREFIX_DURATION_ZH : PREFIX_DURATION_EN).exec(s.slice(0, start));
    const within = /^\s*(?:内|之内|以内)/.test(s.slice(unitEnd));
    if (prefix) start = prefix.index;
    if (prefix || within) {
      const future = within || FUTURE_WORDS.test(prefix?.[0] ?? '');
      horizon = { direction: future ? 'future' : 'past', low: m.value ?? m.low ?? 0, high: m.value ?? m.high ?? 0 };
    }
  } else if (word === 'hours') unit = GPU_CONTEXT.test(s) ? 'GPU_hours' : undefined;
  else if (word === 'degrees') {
    // 度 is a kWh of electricity (节省用电约2亿度), else a degree of temperature or angle.
    if (/电/.test(s.slice(clauseStart(s, m.start), unitEnd))) [unit, factor] = ['MWh', factor * 0.001];
  }
  else if (word !== 'months' && word !== 'not_a_unit') {
    const direct = DIRECT_UNITS[word];
    if (direct) [unit, factor] = [direct[0], factor * direct[1]];
    if (unit === 'CNY' && MONTHLY.test(s.slice(clauseStart(s, m.start), m.start))) unit = 'CNY_per_month';
  }
  if (unit === undefined) return undefined;
  if (role === 'calendar_year') return { start: m.start, end: unitEnd, value: m.value, unit, qualifier: 'exactly', role };

  const before = qualifierBefore(s.slice(0, start), language);
  if (before) start -= before.length;
  const after = qualifierAfter(s.slice(unitEnd), language);
  const end = unitEnd + (after?.length ?? 0);
  const previousEnd = earlier[earlier.length - 1]?.end ?? 0;
  const from = Math.max(clauseStart(s, start), previousEnd);
  const orderOfMagnitude = /^(?:级别|量级|级)/.test(s.slice(end)) || (unit === 'params' && /^[十百千万亿]+$/.test(m.text));
  const qualifier: Qualifier =
    before?.qualifier ??
    (more ? 'more_than' : undefined) ??
    after?.qualifier ??
    (hedgedClause(s.slice(from, end), start - from, language) || m.form === 'vague' || orderOfMagnitude ? 'about' : 'exactly');
  return { start, end, ...scaled(m, factor), unit, derivation, qualifier, role, horizon, word };
}
