import type { Claim } from '../../data/claim';
import { QUALIFIERS, type Unit } from '../../data/vocabulary';
import { formatInUnit, type Lang } from '../format-number';
import { t } from '../messages';
import type { AuditRule, AuditSteps, Finding, Severity } from './finding';
import { numberFormat } from '../number-format';

/** A finding's parts before its id and source list are derived from the claims. */
export interface FindingDraft {
  rule: AuditRule;
  severity: Severity;
  /** The claims involved, already in reading order. */
  claims: readonly Claim[];
  title: Record<Lang, string>;
  steps: AuditSteps;
  verdict: Record<Lang, string>;
  /** Appended to the id when one rule makes two findings on the same claims. */
  suffix?: string;
  /** The claims to mark (ring) when not all of `claims` (see Finding.markedIds). */
  marked?: readonly Claim[];
}

/** A Finding with its id (`rule:claim+claim`) and each source once, in the order the claims give. */
export function buildFinding(d: FindingDraft): Finding {
  const claimIds = d.claims.map((c) => c.id);
  return {
    id: `${d.rule}:${claimIds.join('+')}${d.suffix ? `:${d.suffix}` : ''}`,
    rule: d.rule,
    severity: d.severity,
    claimIds,
    ...(d.marked ? { markedIds: d.marked.map((c) => c.id) } : {}),
    sourceIds: [...new Set(d.claims.map((c) => c.sourceId))],
    title: { ...d.title, en: capitalise(d.title.en) },
    steps: d.steps,
    verdict: { ...d.verdict, en: capitalise(d.verdict.en) },
  };
}

// Verdicts often open with a claim's own words ("more than 360 EFLOPS …"), which start in lower case.
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A number for a step, thousands separated, at most `maxFraction` decimals: 399,365,268.06. */
export const formatStep = (n: number, maxFraction = 2): string =>
  numberFormat('en-US', { maximumFractionDigits: maxFraction }).format(n);

/** A derived number at the precision its inputs justify (4 significant digits): 1,016,000,000 · 208.3 · 1.414. */
export const formatApprox = (n: number, digits = 4): string =>
  numberFormat('en-US', { maximumSignificantDigits: digits }).format(n);

/** Language-neutral unit symbols for the steps (the steps are read in both languages). */
export const STEP_UNIT: Readonly<Record<Unit, string>> = {
  USD: 'USD',
  CNY: 'CNY',
  CNY_per_kWh: 'CNY/kWh',
  CNY_per_month: 'CNY/month',
  percent: '%',
  ratio: '×',
  times: '×',
  x_per_year: '×/yr',
  doubling_months: 'months',
  EFLOPS: 'EFLOPS',
  PFLOPS: 'PFLOPS',
  count: '',
  params: 'params',
  MWh: 'MWh',
  W: 'W',
  GPU_hours: 'GPU-h',
  years: 'years',
  year: '',
  rank: 'rank',
};

/** A value with its step unit: "1,550,000,000 USD", "52.6%". */
export function withUnit(text: string, unit: Unit): string {
  const sym = STEP_UNIT[unit];
  if (sym === '') return text;
  return sym === '%' || sym === '×/yr' ? `${text}${sym}` : `${text} ${sym}`;
}

/** The stored number(s) of a claim as a step string: "1,550,000,000 USD" or "3–5 years". */
export function storedValue(c: Pick<Claim, 'value' | 'valueLow' | 'valueHigh' | 'unit'>): string {
  const fmt = (n: number) => (c.unit === 'year' ? String(n) : formatStep(n, 4));
  if (c.value !== undefined) return withUnit(fmt(c.value), c.unit);
  return withUnit(`${fmt(c.valueLow ?? NaN)}–${fmt(c.valueHigh ?? NaN)}`, c.unit);
}

/** One input line: the figure as written, what it is stored as, and where it comes from. */
export function describeInput(c: Claim): string {
  const when = c.year !== undefined ? `, ${c.year}` : '';
  return `${c.figure} = ${storedValue(c)} (${c.id}${when})`;
}

/** A claim's own figure in words, hedge included: "more than 360 EFLOPS" / "超过360 EFLOPS". */
export function inWords(c: Pick<Claim, 'qualifier' | 'value' | 'unit'>, lang: Lang): string {
  const hedge = c.qualifier === 'exactly' ? '' : QUALIFIERS[c.qualifier][lang];
  const figure = formatInUnit(c.value ?? NaN, c.unit, lang);
  return hedge ? t('auditHedgedFigure', lang, { hedge, figure }) : figure;
}
