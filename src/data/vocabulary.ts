/**
 * Controlled vocabularies of the claims dataset, defined once with a description each.
 * The validator, the README's data dictionary and the UI labels all read from here.
 */

/** A vocabulary entry: machine value → English and Chinese description. */
export interface VocabEntry {
  en: string;
  zh: string;
  description: string;
}

type Vocab<K extends string> = Readonly<Record<K, VocabEntry>>;

const entry = (en: string, zh: string, description: string): VocabEntry => ({ en, zh, description });

/** What a claim measures. */
export const METRICS = {
  compute_demand_growth: entry('Compute demand growth', '算力需求增速', 'How fast the compute used by AI models grows: doubling time or multiple per year.'),
  moores_law: entry("Moore's law", '摩尔定律', "The reference pace of conventional compute supply (Moore's law) as a source states it."),
  hardware_growth: entry('Hardware growth', '硬件能力增长', 'How much more capable training hardware must become.'),
  compute_capacity: entry('Compute capacity', '算力规模', 'Installed or planned compute, in FLOPS (EFLOPS or PFLOPS).'),
  chip_count: entry('Chip / GPU count', '芯片/显卡数量', 'Number of AI chips or GPUs deployed, planned or needed.'),
  market_size: entry('Market / industry size', '市场/产业规模', 'Size of a market or industry in money per year.'),
  growth_rate: entry('Growth rate (YoY)', '同比增速', 'Year-on-year growth of a quantity, in percent.'),
  cagr: entry('Compound annual growth rate', '年复合增长率', 'Compound annual growth rate over a stated period (period_start–period_end), in percent.'),
  electricity_share: entry('Share of electricity', '耗电占比', 'Share of total electricity consumption taken by a consumer, in percent.'),
  cost_share: entry('Share of cost', '成本占比', 'Share of a total cost taken by one component, in percent.'),
  compute_mix_share: entry('Share of compute', '算力结构占比', 'Share of a compute total taken by a kind of compute, in percent.'),
  energy_use: entry('Energy use', '能耗', 'Energy consumed, e.g. by training a model.'),
  power_draw: entry('Power draw', '功率', 'Electrical power of a device, in watts.'),
  compute_time: entry('Compute time', '算力时长', 'Accelerator time used, e.g. GPU hours of a training run.'),
  electricity_price: entry('Electricity price', '电价', 'Price of electricity per kWh.'),
  cost: entry('Cost', '成本', 'A cost in money: training cost, component cost, subscription price.'),
  cost_saving: entry('Cost saving', '成本节省', 'Money saved by a change, e.g. moving inference to devices.'),
  price_ratio: entry('Price / cost ratio', '价格/成本比', 'One price or cost relative to another (ratio or percent).'),
  capability_ratio: entry('Capability ratio', '能力比', 'Capability of one class of models relative to another.'),
  profit_margin: entry('Profit margin', '利润率', 'Profit margin or markup, in percent.'),
  revenue: entry('Revenue / output', '产值/收入', 'Annual revenue or output, or the revenue a sector would need.'),
  financial_loss: entry('Financial loss', '亏损', 'A company loss in money.'),
  valuation: entry('Valuation', '估值/市值', 'Company valuation or market value, or its change.'),
  stock_change: entry('Share price change', '股价变动', 'Change of a share price, in percent.'),
  model_count: entry('Model count', '模型数量', 'Number of AI models: approved, released, incubated.'),
  model_mix_share: entry('Model mix share', '模型结构占比', 'Share of a model count taken by one kind of model, in percent.'),
  parameters: entry('Parameter count', '参数量', 'Number of parameters of a model or class of models.'),
  adoption: entry('Adoption', '采用率', 'Share of organisations or people adopting or investing in AI, in percent.'),
  user_count: entry('Users / downloads', '用户/下载量', 'Number of users, daily active users or downloads.'),
  app_share: entry('Share of downloads / usage', '应用占比', 'Share of downloads or usage taken by a kind of application, in percent.'),
  time_saving: entry('Time saving', '时间节省', 'Reduction of the time a task takes, in percent.'),
  data_exhaustion: entry('Data exhaustion', '数据耗尽', 'When available training data will be used up: a year, or years from when it was said.'),
  data_share: entry('Data share', '数据占比', 'Share of data or traffic of a given kind, in percent.'),
  time_gap: entry('Time gap', '时间差距', 'How far one group lags another, in years.'),
  time_horizon: entry('Time horizon', '时间跨度', 'The span of years a forecast or statement speaks of.'),
  ranking: entry('Ranking', '排名', 'A rank or a top-N placing.'),
  count: entry('Count', '数量', 'Any other count: cities, markets, agents, scientists, equivalents, awards.'),
} as const satisfies Vocab<string>;
export type Metric = keyof typeof METRICS;

/** Units in which `value`, `value_low` and `value_high` are stored (base units, no 万/亿 scaling). */
export const UNITS = {
  USD: entry('US dollars', '美元', 'US dollars, in units (15.5亿美元 → 1550000000).'),
  CNY: entry('yuan', '元', 'Chinese yuan, in units (4.4万亿元 → 4400000000000).'),
  CNY_per_kWh: entry('yuan per kWh', '元/千瓦时', 'Electricity price in yuan per kWh (元/度).'),
  CNY_per_month: entry('yuan per month', '元/月', 'A monthly price in yuan.'),
  percent: entry('percent', '%', 'Percent: 52.6% → 52.6.'),
  ratio: entry('ratio', '比值', 'A plain ratio: 1/20 → 0.05; 1.5倍 → 1.5.'),
  times: entry('times', '倍', 'A multiple, not per year: 翻了10倍 → 10.'),
  x_per_year: entry('× per year', '倍/年', 'Growth multiple per year: 每年增长近10倍 → 10.'),
  doubling_months: entry('doubling time (months)', '翻番周期(月)', 'Months for a quantity to double: 每3-4个月翻一番 → 3–4.'),
  EFLOPS: entry('EFLOPS', 'EFLOPS', '10^18 floating-point operations per second.'),
  PFLOPS: entry('PFLOPS', 'PFLOPS', '10^15 floating-point operations per second (16000P → 16000).'),
  count: entry('count', '个', 'A count of things (chips, models, cities, users).'),
  params: entry('parameters', '参数', 'Model parameters: 650亿 → 65000000000.'),
  MWh: entry('MWh', '兆瓦时', 'Megawatt hours.'),
  W: entry('W', '瓦', 'Watts.'),
  GPU_hours: entry('GPU hours', 'GPU时', 'Accelerator hours.'),
  years: entry('years', '年', 'A duration in years.'),
  year: entry('calendar year', '年份', 'A calendar year as the value (2026).'),
  rank: entry('rank', '名次', 'A rank or top-N placing (前三 → 3).'),
} as const satisfies Vocab<string>;
export type Unit = keyof typeof UNITS;

/** What kind of statement a claim is. */
export const KINDS = {
  observed: entry('observed', '实际', 'A measured or reported fact about the past or present.'),
  estimate: entry('estimate', '估算', 'An estimate of a present or past quantity that was not measured directly.'),
  forecast: entry('forecast', '预测', 'A prediction about the future: of a stated year, or undated when the text names none.'),
  target: entry('target', '目标', 'A goal or plan someone has set, with or without a year.'),
  conditional: entry('conditional', '假设', 'An if–then scenario: the figure holds only under a stated assumption.'),
} as const satisfies Vocab<string>;
export type Kind = keyof typeof KINDS;

/** How exact the stated figure is (超过, 不低于, 以上, 近, 约, 高达 …). */
export const QUALIFIERS = {
  exactly: entry('exactly', '', 'Stated without hedging.'),
  about: entry('about', '约', '约, 大致, 大概, 约略, 近: roughly.'),
  at_least: entry('at least', '不低于', '不低于, 以上, 至少: the figure is a floor.'),
  more_than: entry('more than', '超过', '超过, 超, 余, 破: strictly above the figure.'),
  up_to: entry('up to', '高达', '高达, 可达, 至多: the figure is a ceiling or an upper reach.'),
  less_than: entry('less than', '不到', '不到, 少于: below the figure.'),
} as const satisfies Vocab<string>;
export type Qualifier = keyof typeof QUALIFIERS;

/** Symbols shown before a value for each qualifier. */
export const QUALIFIER_SYMBOLS: Readonly<Record<Qualifier, string>> = {
  exactly: '',
  about: '≈',
  at_least: '≥',
  more_than: '>',
  up_to: '≤',
  less_than: '<',
};

/** Which dashboard view a claim belongs to. */
export const TOPICS = {
  compute_growth: entry('AI compute growth', 'AI 算力增长', 'Doubling times and yearly multiples of AI compute demand, with Moore\'s law.'),
  compute_capacity: entry('Compute capacity', '算力规模', 'Installed and planned compute and chip counts.'),
  market_size: entry('Market size', '市场规模', 'Market and industry sizes, revenues, valuations.'),
  liquid_cooling: entry('Liquid cooling', '液冷', 'The liquid-cooled server market and its growth.'),
  power_energy: entry('Power and energy', '电力与能耗', 'Electricity shares, training energy, electricity prices.'),
  cost_price: entry('Cost and price', '成本与价格', 'Training costs, cost and price ratios, margins.'),
  model_landscape: entry('Model landscape', '模型格局', 'Model counts, their mix, parameter counts.'),
  adoption_other: entry('Adoption and other figures', '应用及其他', 'Downloads, adoption, time savings, data exhaustion and the rest.'),
} as const satisfies Vocab<string>;
export type Topic = keyof typeof TOPICS;

/**
 * How a stored value is derived from the figure written in the quote, when it is not written as is.
 * The validator applies the named transform to every number it parses from the figure.
 */
export const DERIVATIONS = {
  fraction_to_percent: entry('fraction → percent', '分数→百分比', 'A fraction written in the text stored as percent: 三分之一 → 33.33.'),
  percent_to_ratio: entry('percent → ratio', '百分比→比值', 'A percent written in the text stored as a ratio: 20% → 0.2.'),
  ratio_to_percent: entry('ratio → percent', '比值→百分比', 'A ratio written in the text stored as percent: 1/20 → 5.'),
  years_to_months: entry('years → months', '年→月', 'A span written in years stored in months: 两年 → 24.'),
  word_comparison: entry('comparison in words', '文字比较', 'A comparison written in words, with no number (超过…的总和, 相当于…): stored as 100 percent of what it is compared with, the qualifier saying more or less. The figure must hold the comparing word.'),
} as const satisfies Vocab<string>;
export type Derivation = keyof typeof DERIVATIONS;

/**
 * What a curator found wrong or unusual about a claim's figure, checked against the published record.
 * The audit, the red rings, the table badge and the exports read these; a note only explains them.
 */
export const FLAGS = {
  source_error: entry("The source's figure is wrong", '原文数据有误', 'The figure contradicts the published record (a wrong parameter count, a wrong unit).'),
  arithmetic_error: entry("The source's calculation is wrong", '原文计算有误', 'The source writes a calculation whose result does not follow from its inputs.'),
  unsupported: entry("The source's figure has no published basis", '原文数据缺乏公开依据', 'No published basis: the figure rests on rumour or an unnamed origin contradicted by what is published.'),
  misattributed: entry('Attributed to a source that says otherwise', '引用来源与原始出处不符', 'The figure is credited to a report or person whose published text gives a different figure.'),
  outlier: entry('Far outside other projections', '远超主流预测', 'Far above or below every mainstream projection or every other source for the same quantity.'),
  markup_called_margin: entry('A markup called a margin', '把加价率称为利润率', 'A percentage over 100% called a profit margin: it can only be a markup on cost.'),
} as const satisfies Vocab<string>;
export type Flag = keyof typeof FLAGS;

/** Flags that mean the source's figure is wrong (error) rather than doubtful (warning). */
export const ERROR_FLAGS: ReadonlySet<Flag> = new Set<Flag>(['source_error', 'arithmetic_error']);

/** Keys of a vocabulary, for membership checks and select lists. */
export const vocabKeys = <V extends Record<string, VocabEntry>>(v: V): (keyof V & string)[] =>
  Object.keys(v) as (keyof V & string)[];
