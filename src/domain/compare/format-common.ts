import { formatInUnit, formatRangeInUnit, type Lang } from '../format-number';
import type { CommonUnit, ComparedClaim } from './question';
import { numberFormat } from '../number-format';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/**
 * A derived number to three significant digits (×4.3, 21.3 months), whole from 100 up (×4,096): a converted
 * figure is never more exact than the one stated, so more digits would only suggest precision nobody gave.
 */
export function formatSignificant(n: number, lang: Lang): string {
  const opts: Intl.NumberFormatOptions =
    Math.abs(n) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return numberFormat(LOCALE[lang], opts).format(n);
}

// Prefix and suffix around the digits, so a range writes its unit once (×8–16 per year).
const AFFIX: Record<Lang, Partial<Record<CommonUnit, [string, string]>>> = {
  en: {
    doubling_months: ['', ' months'],
    x_per_year: ['×', ' per year'],
    annual_percent: ['', '% per year'],
    EFLOPS: ['', ' EFLOPS'],
    percent: ['', '%'],
    year: ['', ''],
  },
  zh: {
    doubling_months: ['', '个月'],
    x_per_year: ['每年×', ''],
    annual_percent: ['年增', '%'],
    EFLOPS: ['', ' EFLOPS'],
    percent: ['', '%'],
    year: ['', '年'],
  },
};

// The suffix of exactly one, where it differs from the plural: "1 month", not "1 months".
const SINGULAR: Record<Lang, Partial<Record<CommonUnit, string>>> = {
  en: { doubling_months: ' month' },
  zh: {},
};

// Money, counts and parameters already have scale words (亿, B) in format-number; reuse them.
const scaledUnit = (u: CommonUnit): 'CNY' | 'USD' | 'count' | 'params' | undefined =>
  u === 'CNY' || u === 'USD' || u === 'count' || u === 'params' ? u : undefined;

const digits = (n: number, unit: CommonUnit, lang: Lang) => (unit === 'year' ? String(n) : formatSignificant(n, lang));

/** A number in a common unit: ×4,096 per year, 4.3 months, 16 EFLOPS, 2027, $1.55B. */
export function formatCommon(n: number, unit: CommonUnit, lang: Lang): string {
  const scaled = scaledUnit(unit);
  if (scaled) return formatInUnit(n, scaled, lang);
  const [pre, post] = AFFIX[lang][unit] ?? ['', ''];
  const suffix = (n === 1 ? SINGULAR[lang][unit] : undefined) ?? post;
  return `${pre}${digits(n, unit, lang)}${suffix}`;
}

/** A range in a common unit, the unit written once: ×8–16 per year, 2027–2029. */
export function formatCommonRange(low: number, high: number, unit: CommonUnit, lang: Lang): string {
  const scaled = scaledUnit(unit);
  if (scaled) return formatRangeInUnit(low, high, scaled, lang);
  const [pre, post] = AFFIX[lang][unit] ?? ['', ''];
  return `${pre}${digits(low, unit, lang)}–${digits(high, unit, lang)}${post}`;
}

/** A compared claim's figure: its point, else its range, else the one end it has. */
export function formatCompared(cc: Pick<ComparedClaim, 'unit' | 'value' | 'low' | 'high'>, lang: Lang): string {
  if (cc.value !== undefined) return formatCommon(cc.value, cc.unit, lang);
  if (cc.low !== undefined && cc.high !== undefined) return formatCommonRange(cc.low, cc.high, cc.unit, lang);
  const end = cc.low ?? cc.high;
  return end === undefined ? '' : formatCommon(end, cc.unit, lang);
}

/** Axis and legend name of each common unit. */
export const COMMON_UNIT_NAMES: Readonly<Record<CommonUnit, Record<Lang, string>>> = {
  doubling_months: { en: 'doubling time (months; shorter = faster)', zh: '翻番周期（月，越短越快）' },
  x_per_year: { en: '× per year', zh: '每年倍数' },
  annual_percent: { en: 'annual growth (%)', zh: '年增长率（%）' },
  EFLOPS: { en: 'compute (EFLOPS)', zh: '算力（EFLOPS）' },
  CNY: { en: 'yuan (CNY)', zh: '人民币（元）' },
  USD: { en: 'US dollars (USD)', zh: '美元' },
  year: { en: 'calendar year', zh: '年份' },
  percent: { en: 'percent (%)', zh: '百分比（%）' },
  count: { en: 'count', zh: '数量（个）' },
  params: { en: 'parameters', zh: '参数量' },
};
