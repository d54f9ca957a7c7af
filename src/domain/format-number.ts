import type { Qualifier, Unit } from '../data/vocabulary';
import { QUALIFIER_SYMBOLS } from '../data/vocabulary';
import { numberFormat } from './number-format';

/** UI language. */
export type Lang = 'zh' | 'en';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** Digits in the reader's locale, at most `maxFraction` decimals, no trailing zeros (15.5, not 15.50). */
function num(n: number, lang: Lang, maxFraction = 2, useGrouping = true): string {
  return numberFormat(LOCALE[lang], { maximumFractionDigits: maxFraction, useGrouping }).format(n);
}

// Locale data of this file (scale words, currency and unit affixes) is kept here in tables rather than in the
// message catalogue: messages.ts imports Lang from this file, and the two would import each other.

/** Scale words, largest first: Chinese counts in 万 (10⁴) and 亿 (10⁸), English in thousands. */
const SCALE_WORDS: Record<Lang, readonly [number, string][]> = {
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
};

/**
 * A large quantity in the reader's own scale words: 万/亿/万亿 in Chinese (15.5亿), K/M/B/T in English
 * (1.55B). Intl's compact notation does the same but rounds 15.5亿 to 16亿 at default precision and
 * differs between engines, so the scale is chosen here and only the digits go through Intl.
 */
export function formatScaled(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALE_WORDS[lang]) {
    // Chinese writes digits before 亿 ungrouped (1750亿, as the sources do).
    if (abs >= size) return `${num(n / size, lang, 3, lang === 'en')}${word}`;
  }
  return num(n, lang, 3);
}

// Prefix and suffix of an amount: Chinese names the currency after the number, English puts a sign before.
const MONEY_AFFIX: Record<Lang, Record<'USD' | 'CNY', [string, string]>> = {
  zh: { USD: ['', '美元'], CNY: ['', '元'] },
  en: { USD: ['$', ''], CNY: ['¥', ''] },
};

/** A money amount: 15.5亿美元 / $1.55B; 4.4万亿元 / ¥4.4T. Currencies are never converted. */
export function formatMoney(n: number, currency: 'USD' | 'CNY', lang: Lang): string {
  const [pre, post] = MONEY_AFFIX[lang][currency];
  return `${pre}${formatScaled(n, lang)}${post}`;
}

// A rank is a placing, written before the number: 前3 / top 3.
const RANK_PREFIX: Record<Lang, string> = { zh: '前', en: 'top ' };

const UNIT_SUFFIX: Record<Lang, Partial<Record<Unit, string>>> = {
  en: {
    percent: '%',
    x_per_year: '× / yr',
    times: '×',
    ratio: '×',
    doubling_months: ' months',
    EFLOPS: ' EFLOPS',
    PFLOPS: ' PFLOPS',
    params: ' params',
    MWh: ' MWh',
    W: ' W',
    GPU_hours: ' GPU-hours',
    years: ' years',
    CNY_per_kWh: ' ¥/kWh',
    CNY_per_month: ' ¥/month',
    rank: '',
  },
  zh: {
    percent: '%',
    x_per_year: '倍/年',
    times: '倍',
    ratio: '倍',
    doubling_months: '个月',
    EFLOPS: ' EFLOPS',
    PFLOPS: ' PFLOPS',
    params: '参数',
    MWh: '兆瓦时',
    W: '瓦',
    GPU_hours: 'GPU时',
    years: '年',
    CNY_per_kWh: '元/千瓦时',
    CNY_per_month: '元/月',
    count: '',
    rank: '',
  },
};

const usesScaleWords = (unit: Unit) => unit === 'count' || unit === 'params' || unit === 'GPU_hours';

/** The digits of a number in a unit, without the unit's suffix. */
function digitsInUnit(n: number, unit: Unit, lang: Lang): string {
  if (unit === 'year') return String(n);
  return usesScaleWords(unit) ? formatScaled(n, lang) : num(n, lang, unit === 'ratio' ? 3 : 2);
}

/** A bare number in a unit, without qualifier: 52.6%, 3 months, 1.55B params, 前3 / top 3. */
export function formatInUnit(n: number, unit: Unit, lang: Lang): string {
  if (unit === 'USD' || unit === 'CNY') return formatMoney(n, unit, lang);
  if (unit === 'rank') return `${RANK_PREFIX[lang]}${n}`;
  return `${digitsInUnit(n, unit, lang)}${UNIT_SUFFIX[lang][unit] ?? ''}`;
}

/** A range in a unit, the suffix written once: 3–4 months, 20%–50% stays readable as 20–50%. */
export function formatRangeInUnit(low: number, high: number, unit: Unit, lang: Lang): string {
  if (unit === 'USD' || unit === 'CNY' || unit === 'rank')
    return `${formatInUnit(low, unit, lang)}–${formatInUnit(high, unit, lang)}`;
  return `${digitsInUnit(low, unit, lang)}–${digitsInUnit(high, unit, lang)}${UNIT_SUFFIX[lang][unit] ?? ''}`;
}

/** A claim's figure as shown to people: qualifier symbol, point or range, unit. */
export function formatClaimValue(
  c: { value?: number; valueLow?: number; valueHigh?: number; unit: Unit; qualifier: Qualifier },
  lang: Lang,
): string {
  const sym = QUALIFIER_SYMBOLS[c.qualifier];
  if (c.valueLow !== undefined && c.valueHigh !== undefined && c.value === undefined) {
    return `${sym}${formatRangeInUnit(c.valueLow, c.valueHigh, c.unit, lang)}`;
  }
  return c.value === undefined ? '' : `${sym}${formatInUnit(c.value, c.unit, lang)}`;
}
