/**
 * The questions several sources answer, each a data-driven selection of claims (by metric, unit and
 * subject, never by id) so a claim added to claims.csv joins its question without code changes.
 */
import type { Claim } from '../../data/claim';
import type { Metric, Unit } from '../../data/vocabulary';
import type { Lang } from '../format-number';
import { COMMON_UNIT_NAMES } from './format-common';
import { commonUnitsOf, GROWTH_UNITS } from './normalise';
import type { CommonUnit, Question } from './question';

const oneOf =
  <T extends string>(...xs: T[]) =>
  (x: string): boolean =>
    (xs as string[]).includes(x);
// Money claims are compared only within one kind of quantity: a market's size, or what training costs.
// Pooling a rocket part with a $600B revenue would make the "spread" a meaningless ×6,000,000,000.
const marketSize = (c: Claim) => oneOf<Metric>('market_size', 'revenue')(c.metric);
const trainingCost = (c: Claim) => c.metric === 'cost' && /train/i.test(c.subject);

/** How each family of units is put on one scale, so a reader can redo the maths. */
export const METHODS: Readonly<Record<string, Record<Lang, string>>> = {
  growth: {
    en: 'All rates are put on one scale: ×N per year = 2^(12 / doubling months); annual % = (×N − 1) × 100. A range keeps its ends: each end is converted (a faster multiple is a shorter doubling time, so the ends swap).',
    zh: '所有增速换算到同一尺度：每年倍数 = 2^(12 / 翻番月数)；年增长率 = (倍数 − 1) × 100%。区间保留两端，各端分别换算（倍数越大翻番越快，两端因此对调）。',
  },
  EFLOPS: {
    en: 'Compute in EFLOPS (10^18 operations per second); PFLOPS are divided by 1,000. Installed, planned and target figures keep their kind; none is added to another.',
    zh: '算力统一为 EFLOPS（每秒10^18次运算）；PFLOPS 除以1000。已建、规划与目标数值保留各自类型，互不相加。',
  },
  CNY: {
    en: 'Amounts in yuan as stated (万/亿 written out). Never converted to or from dollars: an exchange rate would be a number no source gave.',
    zh: '金额按原文以人民币计（万、亿展开）。从不与美元互换：汇率是任何来源都没有给出的数字。',
  },
  USD: {
    en: 'Amounts in US dollars as stated (万/亿 written out). Never converted to or from yuan: an exchange rate would be a number no source gave.',
    zh: '金额按原文以美元计（万、亿展开）。从不与人民币互换：汇率是任何来源都没有给出的数字。',
  },
  year: {
    en: 'The calendar year the data runs out. "Within N years" counts from when it was said (as-of year + N), unless the claim itself names the years; "within 3~5 years" said in 2024-12 is 2027–2029. Years are compared by difference, never by ratio.',
    zh: '数据耗尽的年份。“N年内”从发言时起算（发言年份 + N），论断自身给出年份时以其为准；2024年12月所说“3~5年内”即2027–2029年。年份比较差值，而非比值。',
  },
  percent: {
    en: 'Shares in percent as stated. A share of electricity and a share of a cost have different totals: compare the size of the claim, not one share against the other.',
    zh: '占比按原文百分数。耗电占比与成本占比的分母不同：比较的是各论断的量级，而非彼此的份额。',
  },
  count: {
    en: 'Counts as stated; each counts a different set (approved, incubated, released).',
    zh: '数量按原文；各自统计的范围不同（备案、孵化、发布）。',
  },
  params: {
    en: 'Parameter counts as stated (650亿 → 65,000,000,000); ranges keep both ends.',
    zh: '参数量按原文（650亿 → 65,000,000,000）；区间保留两端。',
  },
};

/** The method text for the family a common unit belongs to. */
export const methodFor = (unit: CommonUnit): Record<Lang, string> =>
  METHODS[(GROWTH_UNITS as readonly string[]).includes(unit) ? 'growth' : unit]!;

/** Every comparison question of the dashboard, in page order. */
export const QUESTIONS: Question[] = [
  {
    id: 'compute-growth',
    title: { en: 'How fast does AI compute grow?', zh: 'AI 算力增长有多快？' },
    // Moore's law is the yardstick, not an answer: counting it would make "the lowest estimate of AI
    // compute growth" a statement about transistors.
    select: (c) => c.metric === 'compute_demand_growth' && oneOf<Unit>('doubling_months', 'x_per_year')(c.unit),
    units: [...GROWTH_UNITS],
    method: METHODS.growth!,
  },
  {
    id: 'china-compute-scale',
    title: { en: 'How much compute does China have or plan?', zh: '中国的算力规模有多大？' },
    select: (c) => c.metric === 'compute_capacity' && oneOf<Unit>('EFLOPS', 'PFLOPS')(c.unit),
    units: ['EFLOPS'],
    method: METHODS.EFLOPS!,
  },
  {
    id: 'market-size-cny',
    title: { en: 'How big are the markets, in yuan?', zh: '以人民币计的市场与产业规模' },
    select: (c) => marketSize(c) && c.unit === 'CNY',
    units: ['CNY'],
    method: METHODS.CNY!,
  },
  {
    id: 'market-size-usd',
    title: { en: 'How big are the markets and revenues, in dollars?', zh: '以美元计的市场与收入规模' },
    select: (c) => marketSize(c) && c.unit === 'USD',
    units: ['USD'],
    method: METHODS.USD!,
  },
  {
    id: 'training-cost-usd',
    title: { en: 'What does training a model cost, in dollars?', zh: '训练一个模型要花多少美元？' },
    select: (c) => trainingCost(c) && c.unit === 'USD',
    units: ['USD'],
    method: METHODS.USD!,
  },
  {
    id: 'data-exhaustion',
    title: { en: 'When will AI run out of training data?', zh: 'AI 训练数据何时耗尽？' },
    select: (c) => c.metric === 'data_exhaustion' && oneOf<Unit>('year', 'years')(c.unit),
    units: ['year'],
    method: METHODS.year!,
  },
  {
    id: 'electricity-share',
    title: { en: 'How large a share is electricity?', zh: '电力占多大比重？' },
    // A cost share counts here only when it is electricity's share of the cost.
    select: (c) =>
      c.unit === 'percent' &&
      (c.metric === 'electricity_share' || (c.metric === 'cost_share' && /electric/i.test(c.subject))),
    units: ['percent'],
    method: METHODS.percent!,
  },
  {
    id: 'model-counts',
    title: { en: 'How many large models are there?', zh: '大模型有多少个？' },
    select: (c) => c.metric === 'model_count' && c.unit === 'count',
    units: ['count'],
    method: METHODS.count!,
  },
  {
    id: 'parameters',
    title: { en: 'How many parameters do models have?', zh: '模型有多少参数？' },
    select: (c) => c.metric === 'parameters' && c.unit === 'params',
    units: ['params'],
    method: METHODS.params!,
  },
];

/** A panel of pinned claims that share a unit family, with a question to compare them by. */
export interface PinPanel {
  /** The family's default common unit (doubling_months for every growth rate). */
  unit: CommonUnit;
  question: Question;
  claims: Claim[];
}

/**
 * Groups pinned claims by comparable unit family, one panel each, in order of first appearance. Claims
 * with no family (W, MWh, a bare ×) fit no panel and are left out; `commonUnitsOf` tells which.
 */
export function questionForPins(claims: readonly Claim[]): PinPanel[] {
  const panels = new Map<CommonUnit, Claim[]>();
  for (const c of claims) {
    const unit = commonUnitsOf(c)[0];
    if (unit) panels.set(unit, [...(panels.get(unit) ?? []), c]);
  }
  return [...panels].map(([unit, members]) => {
    const ids = new Set(members.map((c) => c.id));
    const name = COMMON_UNIT_NAMES[unit];
    const question: Question = {
      id: `pins-${unit}`,
      title: { en: `Pinned claims: ${name.en}`, zh: `已固定的论断：${name.zh}` },
      select: (c) => ids.has(c.id),
      units: commonUnitsOf(members[0]!),
      method: methodFor(unit),
    };
    return { unit, question, claims: members };
  });
}
