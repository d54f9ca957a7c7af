/**
 * Puts a claim in a common unit so claims stated differently can sit on one axis. Only conversions that
 * need no outside number are made: growth rates among themselves, PFLOPS → EFLOPS, "within N years" →
 * calendar years. Yuan and dollars are never converted, because an exchange rate is a figure no source gave.
 */
import type { Claim } from '../../data/claim';
import type { Metric } from '../../data/vocabulary';
import { formatInUnit, formatRangeInUnit, type Lang } from '../format-number';
import { t } from '../messages';
import {
  annualPercentToMultiplePerYear,
  doublingMonthsToMultiplePerYear,
  multiplePerYearToAnnualPercent,
  multiplePerYearToDoublingMonths,
} from '../growth';
import { COMMON_UNIT_NAMES, formatCompared } from './format-common';
import type { CommonUnit, ComparedClaim } from './question';

/** The three ways sources state a growth rate. */
export type GrowthUnit = 'doubling_months' | 'x_per_year' | 'annual_percent';
/** Growth units, in the order a reader is offered them. */
export const GROWTH_UNITS: readonly GrowthUnit[] = ['doubling_months', 'x_per_year', 'annual_percent'];
const isGrowthUnit = (u: CommonUnit): u is GrowthUnit => (GROWTH_UNITS as readonly string[]).includes(u);

// A percent of these metrics is a yearly growth rate, so it belongs on the growth scale.
const RATE_METRICS: ReadonlySet<Metric> = new Set<Metric>(['cagr', 'growth_rate']);
// "N years" of these metrics counts forward from when it was said, so it names a calendar year.
const HORIZON_METRICS: ReadonlySet<Metric> = new Set<Metric>(['data_exhaustion']);

type Ends = Pick<ComparedClaim, 'value' | 'low' | 'high'>;
const endsOf = (c: Claim): Ends => ({ value: c.value, low: c.valueLow, high: c.valueHigh });

/** The growth unit a claim is stated in, if it states a growth rate. */
function growthUnitOf(c: Claim): GrowthUnit | undefined {
  if (c.unit === 'doubling_months' || c.unit === 'x_per_year') return c.unit;
  return c.unit === 'percent' && RATE_METRICS.has(c.metric) ? 'annual_percent' : undefined;
}

// Every growth conversion goes through the yearly multiple; undefined where the maths has no answer
// (×1 per year never doubles), so the claim is omitted rather than drawn at infinity.
const toMultiple: Record<GrowthUnit, (v: number) => number | undefined> = {
  doubling_months: (m) => (m > 0 ? doublingMonthsToMultiplePerYear(m) : undefined),
  x_per_year: (x) => (x > 0 ? x : undefined),
  annual_percent: (p) => (p > -100 ? annualPercentToMultiplePerYear(p) : undefined),
};
const fromMultiple: Record<GrowthUnit, (x: number) => number | undefined> = {
  doubling_months: (x) => (x > 1 ? multiplePerYearToDoublingMonths(x) : undefined),
  x_per_year: (x) => x,
  annual_percent: (x) => multiplePerYearToAnnualPercent(x),
};

/** Applies `f` to each end; a decreasing `f` swaps a range's ends. Undefined if any stated end is lost. */
function mapEnds(e: Ends, f: (v: number) => number | undefined, decreasing: boolean): Ends | undefined {
  const m = (v: number | undefined) => (v === undefined ? undefined : f(v));
  const out = { value: m(e.value), low: m(decreasing ? e.high : e.low), high: m(decreasing ? e.low : e.high) };
  const count = (x: Ends) => [x.value, x.low, x.high].filter((v) => v !== undefined).length;
  return count(out) === count(e) ? out : undefined;
}

const VAR_NAMES: Record<Lang, Record<GrowthUnit, string>> = {
  en: { doubling_months: 'months', x_per_year: '×', annual_percent: '%' },
  zh: { doubling_months: '月数', x_per_year: '倍数', annual_percent: '%' },
};

/** The formula of a growth conversion, written out: "months = 12 / log₂ ×". */
function growthFormula(from: GrowthUnit, to: GrowthUnit, lang: Lang): string {
  const v = VAR_NAMES[lang];
  const x = {
    doubling_months: `2^(12 / ${v.doubling_months})`,
    x_per_year: v.x_per_year,
    annual_percent: `(1 + % / 100)`,
  }[from];
  const bare = x.startsWith('(') ? x.slice(1, -1) : x;
  const body = {
    doubling_months: x.startsWith('(') ? `12 / log₂${x}` : `12 / log₂ ${x}`,
    x_per_year: bare,
    annual_percent: `(${x} − 1) × 100`,
  }[to];
  return `${v[to]} = ${body}`;
}

/** The claim's figure as stated, without qualifier (the qualifier is shown beside it elsewhere). */
function stated(c: Claim, lang: Lang): string {
  if (c.value !== undefined) return formatInUnit(c.value, c.unit, lang);
  if (c.valueLow !== undefined && c.valueHigh !== undefined)
    return formatRangeInUnit(c.valueLow, c.valueHigh, c.unit, lang);
  const end = c.valueLow ?? c.valueHigh;
  return end === undefined ? '' : formatInUnit(end, c.unit, lang);
}

/** "3–4 months → ×8–16 per year (× = 2^(12 / months))". */
const describe = (c: Claim, result: ComparedClaim, how: string, lang: Lang) =>
  t('compareConversion', lang, { stated: stated(c, lang), result: formatCompared(result, lang), how });

/** Calendar years of a "within N years" claim: the years the claim itself names, else as-of year + N. */
function horizonYears(c: Claim): { ends: Ends; dated: boolean } {
  const base = Number(c.asOf.slice(0, 4));
  const add = (n: number | undefined) => (n === undefined ? undefined : base + n);
  const ends = {
    value: c.value === undefined ? undefined : (c.year ?? add(c.value)),
    low: c.valueLow === undefined ? undefined : (c.periodStart ?? add(c.valueLow)),
    high: c.valueHigh === undefined ? undefined : (c.periodEnd ?? add(c.valueHigh)),
  };
  const dated = c.value !== undefined ? c.year !== undefined : c.periodStart !== undefined || c.periodEnd !== undefined;
  return { ends, dated };
}

/** A claim in a common unit, with how it got there; undefined when it cannot be put there (e.g. ¥ vs $). */
export function toCommonUnit(c: Claim, unit: CommonUnit, lang: Lang = 'en'): ComparedClaim | undefined {
  const make = (e: Ends | undefined, how?: string): ComparedClaim | undefined => {
    if (!e || (e.value === undefined && e.low === undefined && e.high === undefined)) return undefined;
    const r: ComparedClaim = { claimId: c.id, sourceId: c.sourceId, unit, ...definedEnds(e), conversion: '' };
    return how ? { ...r, conversion: describe(c, r, how, lang) } : r;
  };
  const growth = growthUnitOf(c);
  if (isGrowthUnit(unit)) {
    if (!growth) return undefined;
    if (growth === unit) return make(endsOf(c));
    const f = (v: number) => {
      const x = toMultiple[growth](v);
      return x === undefined ? undefined : fromMultiple[unit](x);
    };
    const decreasing = (growth === 'doubling_months') !== (unit === 'doubling_months');
    return make(mapEnds(endsOf(c), f, decreasing), growthFormula(growth, unit, lang));
  }
  if (c.unit === unit) return make(endsOf(c));
  if (unit === 'EFLOPS' && c.unit === 'PFLOPS')
    return make(
      mapEnds(endsOf(c), (p) => p / 1000, false),
      '÷ 1000',
    );
  if (unit === 'year' && c.unit === 'years' && HORIZON_METRICS.has(c.metric)) {
    const { ends, dated } = horizonYears(c);
    const base = c.asOf.slice(0, 4);
    const how = dated ? t('compareHowDated', lang, { asOf: c.asOf }) : t('compareHowHorizon', lang, { year: base });
    return make(ends, how);
  }
  return undefined;
}

/** Drops undefined ends so a compared claim carries only what it states. */
function definedEnds(e: Ends): Ends {
  const out: Ends = {};
  if (e.value !== undefined) out.value = e.value;
  if (e.low !== undefined) out.low = e.low;
  if (e.high !== undefined) out.high = e.high;
  return out;
}

/** The common units a claim can be put in, default first; empty when it has no family (W, MWh, ×…). */
export function commonUnitsOf(c: Claim): CommonUnit[] {
  if (growthUnitOf(c)) return [...GROWTH_UNITS];
  if (c.unit === 'EFLOPS' || c.unit === 'PFLOPS') return ['EFLOPS'];
  if (c.unit === 'years') return HORIZON_METRICS.has(c.metric) ? ['year'] : [];
  const direct: readonly CommonUnit[] = ['CNY', 'USD', 'year', 'percent', 'count', 'params'];
  return direct.find((u) => u === c.unit) ? [c.unit as CommonUnit] : [];
}

// A claim converts the same way on every filter change: each conversion is remembered (weakly, per claim)
// for its unit and language, so after a click the comparison of 100,000 imported claims reads them
// instead of converting and describing each again. Null: the claim cannot be put in that unit.
const converted = new Map<string, WeakMap<Claim, ComparedClaim | null>>();

/**
 * Every claim that can be put in `unit`, converted; the rest are left out (the chart lists them as omitted).
 * The same claim gives the same (shared) object each time: callers must not mutate it.
 */
export function compareAll(claims: readonly Claim[], unit: CommonUnit, lang: Lang = 'en'): ComparedClaim[] {
  const key = `${unit}|${lang}`;
  const known = converted.get(key) ?? new WeakMap<Claim, ComparedClaim | null>();
  converted.set(key, known);
  const out: ComparedClaim[] = [];
  for (const c of claims) {
    let cc = known.get(c);
    if (cc === undefined) {
      cc = toCommonUnit(c, unit, lang) ?? null;
      known.set(c, cc);
    }
    if (cc) out.push(cc);
  }
  return out;
}

/** A one-line value shown when a claim needed no conversion. */
export const unchangedNote = (cc: ComparedClaim, lang: Lang): string =>
  t('compareUnchanged', lang, { figure: formatCompared(cc, lang) });

/** Why a claim cannot be put in `unit`, for the chart's omitted list. */
export function whyNotIn(c: Claim, unit: CommonUnit, lang: Lang): string {
  const money = (u: string) => u === 'CNY' || u === 'USD';
  if (money(c.unit) && money(unit)) return t('compareWhyNotCurrency', lang);
  if (commonUnitsOf(c).includes(unit)) return t('compareWhyNotNeverDoubles', lang);
  return t('compareWhyNotUnit', lang, { unit: c.unit, name: COMMON_UNIT_NAMES[unit][lang] });
}
