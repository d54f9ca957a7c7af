/**
 * The unit of a number as the dataset stores it. First what is written around the number (a currency
 * before it in English, a scale letter, 多/余, %, a unit word after it); then what the context makes of
 * the ambiguous words: 倍 per year, as a ratio or plain; 年 as a calendar year, a doubling time or a span;
 * 小时 as GPU hours; 度 as kWh; a bare 5000亿 as the currency or parameters the sentence is about.
 */
import type { Derivation, Unit } from '../data/vocabulary';
import { clauseStart } from './clauses';
import type { Mention } from './number-mentions';
import { hasMoreThanInside } from './qualifiers';
import { DIRECT_UNITS, matchUnitWord, type UnitWord } from './unit-words';
import type { Horizon } from './years';

type Language = 'zh' | 'en';

/** What is written around a number: where the figure starts and the unit ends, and the unit word. */
interface WrittenUnit {
  start: number;
  unitEnd: number;
  word?: UnitWord;
  factor: number;
  derivation?: Derivation;
  /** 9000多万, 百余位: the number is a floor. */
  more: boolean;
}

/** A number's unit in the dataset's terms, with the role the number plays. */
export interface UnitReading extends WrittenUnit {
  unit: Unit;
  role: 'claim' | 'duration' | 'calendar_year';
  horizon?: Horizon;
}

/** A figure read earlier in the sentence: a bare 5000亿 takes the currency it was counted in. */
export interface EarlierUnit {
  unit: Unit;
}

const CURRENCY_BEFORE_EN = /(?:US\$|USD|\$|RMB|CNY|¥|￥)\s?$/;
const SCALE_AFTER_EN: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\s?(?:bn|B)\b/, 1e9],
  [/^\s?(?:mn|M)\b/, 1e6],
  [/^\s?(?:tn|T)\b/, 1e12],
  [/^\s?K\b/, 1e3],
];
const DOUBLING_ZH = /^[^，,。；;！？]{0,4}?(?:翻一番|翻了一番|翻番|翻倍|翻一倍|增长一倍|增加一倍|增长1倍)/;
const PER_YEAR = /每年|年均|一年|每一年|\bper year\b|\ba year\b|\bannually\b|\beach year\b|\bevery year\b/i;
const GPU_CONTEXT = /GPU|显卡|卡时|训练|算力|计算|芯片|training|compute|accelerator/i;
// A price said to be paid per month (一个月要交几十块钱, costs USD 20 a month).
const MONTHLY = /每月|每个月|一个月|月费|月付|包月|\bper month\b|\ba month\b|\bmonthly\b/i;
const PREFIX_DURATION_ZH = /(?:未来|今后|接下来|过去|最近|近)$/;
const PREFIX_DURATION_EN = /(?:over the (?:next|past|last)|in the (?:next|past|last)|within(?: the next)?|the (?:next|past|last))\s*$/i;
const FUTURE_WORDS = /未来|今后|接下来|next|within/i;

/** A calendar year written as a number: 2024, 二〇二四 (not 30, not 2024.5, not a range). */
const isCalendarYear = (m: Mention): boolean =>
  m.form === 'number' && m.value !== undefined && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100 && /^(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(m.text);

/** A bare number of ten thousand or more (5000亿, 数以百万, 2 billion, 200,000): a quantity even without a unit. */
const isMagnitude = (m: Mention, language: Language): boolean =>
  (m.value ?? m.low ?? 0) >= 1e4 && (language === 'en' || /[万亿]/.test(m.text));

/** Whether position `at` lies inside a quotation “…”, where a bare number is part of a name or slogan. */
function inQuotes(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** The currency, scale letter, 多/余, percent sign, fraction or unit word written around the number. */
function writtenUnit(s: string, m: Mention, language: Language): WrittenUnit {
  const w: WrittenUnit = { start: m.start, unitEnd: m.end, factor: 1, more: hasMoreThanInside(m.text) };
  if (language === 'en') {
    const currency = CURRENCY_BEFORE_EN.exec(s.slice(0, w.start));
    if (currency) [w.word, w.start] = [/RMB|CNY|¥|￥/.test(currency[0]) ? 'CNY' : 'USD', currency.index];
    for (const [re, factor] of /[A-Za-z]/.test(m.text) ? [] : SCALE_AFTER_EN) {
      const letter = re.exec(s.slice(w.unitEnd));
      if (letter) [w.factor, w.unitEnd] = [factor, w.unitEnd + letter[0].length];
      if (letter) break;
    }
  } else if (/^[多余]/.test(s.slice(w.unitEnd))) [w.more, w.unitEnd] = [true, w.unitEnd + 1];
  if (/[%％‰]|percent/i.test(m.text) || m.text.startsWith('百分之')) {
    [w.word, w.factor] = ['percent', m.text.includes('‰') ? 0.1 : 1];
    return w;
  }
  if (m.form === 'fraction') {
    // 三分之一 and "two thirds" are shares, stored as percent; 1/20 stays a ratio.
    if (!/^\d+\s*\/\s*\d+$/.test(m.text)) [w.word, w.factor, w.derivation] = ['percent', 100, 'fraction_to_percent'];
    return w;
  }
  if (w.word) return w;
  const u = matchUnitWord(s.slice(w.unitEnd), language);
  return u ? { ...w, word: u.word, unitEnd: w.unitEnd + u.length } : w;
}

/** A number with no unit word: a ratio (1/20), a calendar year, or a magnitude whose unit the sentence gives. */
function bareUnit(s: string, m: Mention, w: WrittenUnit, language: Language, earlier: readonly EarlierUnit[]): UnitReading | undefined {
  if (m.form === 'fraction') return { ...w, unit: 'ratio', role: 'claim' };
  if (isCalendarYear(m)) return { ...w, unit: 'year', role: 'calendar_year' };
  if (!isMagnitude(m, language) || /^[A-Za-z]/.test(s.slice(w.unitEnd)) || inQuotes(s, m.start)) return undefined;
  const reach = language === 'zh' ? 8 : 40;
  const near = s.slice(Math.max(clauseStart(s, m.start), m.start - reach), m.start) + s.slice(m.end, m.end + reach);
  if (/参数|parameters?/i.test(near)) return { ...w, unit: 'params', role: 'claim' };
  const money = [...earlier].reverse().find((f) => f.unit === 'USD' || f.unit === 'CNY');
  return { ...w, unit: money?.unit ?? 'count', role: 'claim' };
}

/** 倍 and "times": a multiple per year, a ratio to something (…的1.5倍), or a plain multiple. */
function multipleUnit(s: string, m: Mention, w: WrittenUnit, language: Language): Unit {
  if (PER_YEAR.test(s.slice(clauseStart(s, m.start), w.start)) || /^\s*(?:\/年|每年|per year|a year|every year|each year|annually|yearly)/i.test(s.slice(w.unitEnd))) return 'x_per_year';
  const ratio = language === 'zh' ? /的\s*$/.test(s.slice(0, w.start)) : /^\s*(?:that of|as (?:much|high|large|expensive))/i.test(s.slice(w.unitEnd));
  return ratio ? 'ratio' : 'times';
}

/** 年 and 个月: a calendar year, the period of a doubling (每两年翻一番), or a span of years (未来3~5年). */
function timeUnit(s: string, m: Mention, w: WrittenUnit, language: Language): UnitReading | undefined {
  if (w.word === 'years' && isCalendarYear(m)) return { ...w, unit: 'year', role: 'calendar_year' };
  const doubling = language === 'zh' ? DOUBLING_ZH.test(s.slice(w.unitEnd)) : /\bdoubl/i.test(s.slice(clauseStart(s, m.start), w.unitEnd + 40));
  if (doubling) {
    const every = (language === 'zh' ? /每$/ : /every\s*$/i).exec(s.slice(0, w.start));
    const fromYears = w.word === 'years' ? { factor: w.factor * 12, derivation: 'years_to_months' as const } : {};
    return { ...w, ...fromYears, start: every?.index ?? w.start, unit: 'doubling_months', role: 'claim' };
  }
  if (w.word === 'months') return undefined;
  const prefix = (language === 'zh' ? PREFIX_DURATION_ZH : PREFIX_DURATION_EN).exec(s.slice(0, w.start));
  const within = /^\s*(?:内|之内|以内)/.test(s.slice(w.unitEnd));
  const reading: UnitReading = { ...w, start: prefix?.index ?? w.start, unit: 'years', role: 'duration' };
  if (!prefix && !within) return reading;
  const future = within || FUTURE_WORDS.test(prefix?.[0] ?? '');
  return { ...reading, horizon: { direction: future ? 'future' : 'past', low: m.value ?? m.low ?? 0, high: m.value ?? m.high ?? 0 } };
}

/** The dataset unit of the number `m` of sentence `s`, or undefined when it states no quantity to propose. */
export function readUnit(s: string, m: Mention, language: Language, earlier: readonly EarlierUnit[]): UnitReading | undefined {
  const w = writtenUnit(s, m, language);
  const claim = (unit: Unit, factor = w.factor): UnitReading => ({ ...w, unit, factor, role: 'claim' });
  switch (w.word) {
    case undefined:
      return bareUnit(s, m, w, language, earlier);
    case 'multiple':
      return claim(multipleUnit(s, m, w, language));
    case 'years':
    case 'months':
      return timeUnit(s, m, w, language);
    case 'hours':
      return GPU_CONTEXT.test(s) ? claim('GPU_hours') : undefined;
    case 'degrees':
      // 度 is a kWh of electricity (节省用电约2亿度), else a degree of temperature or angle.
      return /电/.test(s.slice(clauseStart(s, m.start), w.unitEnd)) ? claim('MWh', w.factor * 0.001) : undefined;
    case 'not_a_unit':
      return undefined;
    default: {
      const direct = DIRECT_UNITS[w.word];
      if (!direct) return undefined;
      const monthly = direct[0] === 'CNY' && MONTHLY.test(s.slice(clauseStart(s, m.start), m.start));
      return claim(monthly ? 'CNY_per_month' : direct[0], w.factor * direct[1]);
    }
  }
}
