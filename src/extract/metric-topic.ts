/**
 * A first guess of what a figure measures (metric) and which view it belongs to (topic), from its unit and
 * the keywords of its clause, then of its sentence. Each rule is a unit family and a keyword; the first
 * rule that fits wins, so the specific ones (复合增长率, 股价) come before the general ones (增长).
 */
import type { Metric, Topic, Unit } from '../data/vocabulary';
import type { UnitWord } from './unit-words';

type Rule = readonly [units: readonly Unit[] | 'any', keywords: RegExp, metric: Metric];

const MONEY: readonly Unit[] = ['USD', 'CNY', 'CNY_per_month'];
const SHARE: readonly Unit[] = ['percent', 'ratio'];

const RULES: readonly Rule[] = [
  [['doubling_months'], /摩尔定律|Moore/i, 'moores_law'],
  [['doubling_months', 'x_per_year'], /算力|计算|模型|compute|models?|\bAI\b/i, 'compute_demand_growth'],
  [['doubling_months', 'x_per_year'], /./, 'compute_demand_growth'],
  [['EFLOPS', 'PFLOPS'], /./, 'compute_capacity'],
  [['params'], /./, 'parameters'],
  [['MWh'], /./, 'energy_use'],
  [['W'], /./, 'power_draw'],
  [['GPU_hours'], /./, 'compute_time'],
  [['CNY_per_kWh'], /./, 'electricity_price'],
  [['rank'], /./, 'ranking'],
  [['percent'], /复合增长|复合年均|年均复合|CAGR|compound/i, 'cagr'],
  [['percent'], /股价|share price|stock/i, 'stock_change'],
  [['percent'], /利润率|毛利率|净利率|margin/i, 'profit_margin'],
  [SHARE, /(?:费用|成本|支出|cost).{0,8}(?:占比|占|share)/i, 'cost_share'],
  [['percent'], /(?:耗电|电量|用电|电力|electricity|power).{0,12}(?:占|share)|(?:占|share).{0,12}(?:电量|用电|electricity)/i, 'electricity_share'],
  [['percent'], /(?:算力|compute).{0,12}(?:占比|占)|终端侧|端侧/i, 'compute_mix_share'],
  [['percent'], /同比|增长|增速|增幅|year on year|year-on-year|growth|grew|rose|increase|YoY/i, 'growth_rate'],
  [['percent'], /下载|downloads?|应用.{0,6}占/i, 'app_share'],
  [['percent'], /(?:时间|耗时|time).{0,6}(?:缩短|减少|节省|cut|sav)/i, 'time_saving'],
  [['percent'], /公司|企业|组织|机构|受访|采用|投资|人口|网民|adopt|compan|firms|organi[sz]ations|population/i, 'adoption'],
  [['percent'], /流量|数据|traffic|data/i, 'data_share'],
  [SHARE, /能力|性能|capabilit|performance/i, 'capability_ratio'],
  [SHARE, /价格|成本|费用|price|cost/i, 'price_ratio'],
  [SHARE, /模型|模子|models?/i, 'model_mix_share'],
  [['times'], /市值|估值|valuation|market (?:value|cap)/i, 'valuation'],
  [['times'], /硬件|hardware/i, 'hardware_growth'],
  [['times'], /参数|parameters?/i, 'parameters'],
  [['times'], /算力|计算量|compute/i, 'compute_demand_growth'],
  [MONEY, /亏损|损失|loss/i, 'financial_loss'],
  [MONEY, /估值|市值|valuation|market (?:value|cap)/i, 'valuation'],
  [MONEY, /节省|节约|省下|sav(?:e|ing)/i, 'cost_saving'],
  [MONEY, /产值|收入|营收|revenue|sales/i, 'revenue'],
  [MONEY, /市场规模|产业规模|市场|产业|market|industry/i, 'market_size'],
  [MONEY, /./, 'cost'],
  [['years', 'year'], /耗尽|用完|用尽|枯竭|学习完|exhaust|run out/i, 'data_exhaustion'],
  [['years'], /差距|落后|领先|lag|behind|ahead/i, 'time_gap'],
  [['years', 'year'], /./, 'time_horizon'],
  [['percent'], /./, 'growth_rate'],
  [['ratio', 'times'], /./, 'price_ratio'],
];

const fits = (rule: Rule, unit: Unit, text: string): boolean =>
  (rule[0] === 'any' || rule[0].includes(unit)) && rule[1].test(text);

/** Counts: the measure word says what is counted (张 chips, 用户 users); else the clause's noun. */
function countMetric(word: UnitWord | undefined, clause: string): Metric {
  if (word === 'users') return 'user_count';
  if (word === 'chips') return 'chip_count';
  if (word === 'people' && /用户|网民|下载|users?|downloads?/i.test(clause)) return 'user_count';
  if (/芯片|显卡|GPU|chips?|accelerators?/i.test(clause)) return 'chip_count';
  if (/模型|模子|models?/i.test(clause)) return 'model_count';
  return 'count';
}

/**
 * The metric of a figure with `unit` (and the unit word written, 张 or 个), read from its clause first,
 * then from the sentence up to the end of that clause: what comes before a figure introduces it.
 */
export function guessMetric(unit: Unit, word: UnitWord | undefined, clause: string, head: string): Metric {
  if (unit === 'count') return countMetric(word, clause);
  // A pace set beside Moore's law is Moore's law itself (按照摩尔定律,算力基本每两年就要翻一番).
  if ((unit === 'doubling_months' || unit === 'x_per_year') && /摩尔定律|Moore/i.test(head)) return 'moores_law';
  for (const text of [clause, head]) {
    const rule = RULES.find((r) => r[1].source !== '.' && fits(r, unit, text));
    if (rule) return rule[2];
  }
  return RULES.find((r) => fits(r, unit, head))?.[2] ?? 'count';
}

const TOPIC_OF: Readonly<Partial<Record<Metric, Topic>>> = {
  compute_demand_growth: 'compute_growth',
  moores_law: 'compute_growth',
  hardware_growth: 'compute_growth',
  compute_capacity: 'compute_capacity',
  chip_count: 'compute_capacity',
  compute_mix_share: 'compute_capacity',
  ranking: 'adoption_other',
  market_size: 'market_size',
  revenue: 'market_size',
  valuation: 'market_size',
  stock_change: 'market_size',
  growth_rate: 'market_size',
  cagr: 'market_size',
  electricity_share: 'power_energy',
  energy_use: 'power_energy',
  power_draw: 'power_energy',
  compute_time: 'power_energy',
  electricity_price: 'power_energy',
  cost_share: 'power_energy',
  cost: 'cost_price',
  cost_saving: 'cost_price',
  price_ratio: 'cost_price',
  profit_margin: 'cost_price',
  financial_loss: 'cost_price',
  capability_ratio: 'model_landscape',
  model_count: 'model_landscape',
  model_mix_share: 'model_landscape',
  parameters: 'model_landscape',
  time_gap: 'model_landscape',
};

/** The view a figure belongs to: liquid cooling and electricity words win over the metric's usual view. */
export function guessTopic(metric: Metric, sentence: string): Topic {
  if (/液冷|liquid[- ]cool/i.test(sentence) && ['market_size', 'growth_rate', 'cagr', 'revenue'].includes(metric)) return 'liquid_cooling';
  if (/耗电|电费|电价|电力|electricity/i.test(sentence) && metric === 'cost') return 'power_energy';
  if (/算力|comput/i.test(sentence) && ['cagr', 'growth_rate', 'ranking', 'count'].includes(metric)) return 'compute_capacity';
  return TOPIC_OF[metric] ?? 'adoption_other';
}
