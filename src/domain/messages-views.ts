import type { Lang } from './format-number';

/**
 * The words of the chart views, the comparison and the audit, in both languages. Part of the one message
 * catalogue (messages.ts spreads it in), kept apart because the views are many and change together.
 * Most keys start with their view's name, because a key messages.ts also had would be silently replaced by
 * the one here (the spread comes last).
 */
export const VIEW_MESSAGES = {
  // Shared by the views: lists, sentences, common omission reasons, derived points, rate labels.
  listSeparator: { zh: '、', en: ', ' },
  listLast: { zh: '{items}和{last}', en: '{items} and {last}' },
  sentenceJoin: { zh: '{first}{next}', en: '{first} {next}' },
  viewOmitNoPanelForUnit: { zh: '本视图没有“{unit}”单位的面板', en: 'no panel here for its unit ({unit})' },
  viewOmitNoFigure: { zh: '没有可画的数值', en: 'it states no figure to draw' },
  derivedHeading: { zh: '{what}（推算值，原文未给出）', en: '{what} (derived; no source states it)' },
  derivedFrom: { zh: '推算依据：', en: 'Derived from:' },
  derivedMark: { zh: '推算', en: 'derived' },
  derivedLabel: { zh: '{label}（推算）', en: '{label} (derived)' },
  cagrLabel: { zh: '年复合 {rate}', en: 'CAGR {rate}' },
  yoyLabel: { zh: '同比 {rate}', en: 'YoY {rate}' },

  // AI compute growth.
  growthOmitNoTimeSpan: {
    zh: '倍数没有时间尺度，无法换算为翻番周期',
    en: 'a multiple without a time span cannot be put on the doubling-time scale',
  },
  growthConversion: {
    zh: '= 每 {months} 个月翻一番 = 每年 ×{perYear}（换算：{formula}）',
    en: '= doubles every {months} months = ×{perYear} per year (via {formula})',
  },
  growthAxisDoubling: { zh: '翻番周期（月，越短越快）', en: 'doubling time (months; shorter = faster)' },
  growthAxisPerYear: { zh: '每年倍数', en: '× per year' },
  growthMooreSeries: { zh: '摩尔定律（{months}个月）', en: "Moore's law ({months} months)" },
  growthMooreLabel: { zh: '摩尔定律 {months}个月', en: "Moore's law: {months} months" },
  growthDescription: {
    zh: 'AI 算力增长：各来源所称的算力翻番周期',
    en: 'AI compute growth: doubling times claimed by each source',
  },

  // Compute capacity.
  capacityOmitOther: { zh: '没有可画的 EFLOPS、PFLOPS 或芯片数', en: 'no EFLOPS, PFLOPS or chip figure to draw' },
  capacityNoYear: {
    zh: '未说明年份，按发言时间（{asOf}）标注',
    en: 'no year stated; drawn when it was said ({asOf})',
  },
  capacityOnPath: { zh: '画在它隐含的路径上：{year}年 {sum}', en: 'drawn on the path it implies: {year}: {sum}' },
  capacityChipsTitle: { zh: 'AI 芯片/显卡数量（张）', en: 'AI chips / GPUs (count)' },
  capacityHeading: { zh: '算力规模（EFLOPS）', en: 'Compute capacity (EFLOPS)' },
  capacityDescription: {
    zh: '算力规模（EFLOPS，PFLOPS 已换算）按年份：实际、目标、预测与估算分开标示，含按年复合增长率倒推的虚线路径；下方为芯片/显卡数量。',
    en: 'Compute capacity in EFLOPS (PFLOPS converted) by year: observed, target, forecast and estimate marked apart, with the dashed path a CAGR implies; chip and GPU counts below.',
  },
  capacityFloorCaveat: { zh: '{year}年的数字是下限，此值亦然', en: 'the {year} figure is a floor, so this is too' },
  capacityPathName: { zh: '推算：按年复合 {rate}% 倒推至 {year} 年', en: 'Derived: {rate}% CAGR back to {year}' },

  // Market size.
  marketOmitMultiple: {
    zh: '倍数（如市值翻了10倍）没有金额基数，无法放上货币轴',
    en: 'a multiple (e.g. market cap ×10) with no money base cannot go on a money axis',
  },
  marketOmitPercentChange: {
    zh: '百分比变动（如股价涨幅）不是金额',
    en: 'a percent change (e.g. of a share price) is not an amount of money',
  },
  marketOmitNotMoney: { zh: '不是以美元或人民币计的金额', en: 'not an amount in US dollars or yuan' },
  marketDescription: {
    zh: '各来源所称的市场与产业规模、所需收入和估值：美元与人民币分列两个面板，从不折算。',
    en: 'Market and industry sizes, required revenue and valuations claimed by each source: US dollars and yuan in separate panels, never converted.',
  },

  // Liquid cooling.
  coolingOmitOtherCurrency: {
    zh: '与图中市场的币种不同（金额从不换算）',
    en: 'in another currency than the market drawn (money is never converted)',
  },
  coolingOmitNoMarket: { zh: '同一来源没有可作起点的市场规模', en: 'no market size from the same source to grow from' },
  coolingOmitOther: { zh: '不是液冷市场规模或其增速', en: 'not a liquid-cooling market size or its growth rate' },
  coolingCurrencyUsd: { zh: '美元', en: 'US dollars' },
  coolingCurrencyCny: { zh: '人民币元', en: 'yuan' },
  coolingMarketTitle: { zh: '市场规模（{currency}）', en: 'Market size ({currency})' },
  coolingGrowthTitle: {
    zh: '增速（%/年，横跨所指年份）',
    en: 'Growth rate (% per year, across the years it covers)',
  },
  coolingDescription: {
    zh: '中国液冷服务器市场：2023年实际规模，按同比增速倒推的2022年，以及按年复合增长率推算到2028年的路径（虚线，推算值）。',
    en: 'China liquid-cooled server market: the observed 2023 size, the 2022 value its YoY growth implies, and the path its CAGR projects to 2028 (dashed, derived).',
  },
  coolingYoyPath: { zh: '推算：按同比 +{rate}% 倒推 {year} 年', en: 'Derived: {year} implied by +{rate}% YoY' },
  coolingSameRate: { zh: '假定 {from}–{to} 年每年增速相同', en: 'assumes the same rate every year {from}–{to}' },
  coolingCagrPath: {
    zh: '推算：按年复合 {rate}% 增长（{from}–{to}）',
    en: 'Derived: {rate}% CAGR path, {from}–{to}',
  },

  // Power and energy.
  powerOmitOtherMeasure: {
    zh: '不属于本图的量（耗电占比、电量、功率、电价、GPU时、电费）',
    en: 'not one of the measures drawn here (electricity shares, energy, power, price, GPU-hours, electricity cost)',
  },
  powerOmitNoPanel: { zh: '其单位在本图中没有对应的小图', en: 'no panel here has its unit' },
  powerDescription: {
    zh: '电力与能耗论断的小多图：每种单位一个面板（占比、电量、功率、GPU时、电价、电费），单位不同的数值不共用坐标轴。',
    en: 'Power and energy claims as small multiples: one panel per unit (shares, energy, power, GPU-hours, electricity price, cost), so different units never share an axis.',
  },

  // Cost and price.
  costRatioAsPercent: { zh: '= 比较对象的 {percent}', en: '= {percent} of the comparison' },
  costImpossibleMargin: {
    zh: '利润率不可能超过 100%：此数应为相对成本的加价率',
    en: 'A profit margin cannot exceed 100%: this must be a markup over cost',
  },
  costOmitNoNumber: { zh: '没有可画的数值', en: 'no number to plot' },
  costPanelLog: { zh: '{title}（对数轴）', en: '{title} (log scale)' },
  costParity: { zh: '持平 100%', en: 'parity 100%' },
  costMarginCap: { zh: '利润率上限 100%', en: 'a margin cannot exceed 100%' },
  costDescription: {
    zh: '成本与价格论断，按单位分面：相对比较对象的百分比、利润率与占比、美元、人民币和年份；货币从不换算。',
    en: 'Cost and price claims in panels by unit: percent of a comparison, margins and shares, US dollars, yuan and years; currencies are never converted.',
  },

  // Model landscape.
  landscapeOmitTimes: {
    zh: '两款模型规模之比（倍数），本视图没有同单位的论断可与之并列',
    en: "one model's size as a multiple of another's; no other claim here shares its unit",
  },
  landscapeOmitYears: {
    zh: '以年计的时间差距，本视图没有同单位的论断可与之并列',
    en: 'a time gap in years; no other claim here shares its unit',
  },
  // The Chinese once left the unit out; a message has the same placeholders in both languages.
  landscapeOmitOther: {
    zh: '没有可画的数值或对应的面板（{unit}）',
    en: 'no number to plot, or no panel for its unit ({unit})',
  },
  landscapeMixRow: { zh: '模型构成（占比）', en: 'Model mix (shares)' },
  landscapeParamsTitle: { zh: '参数量（个）', en: 'Parameters' },
  landscapeParamsTitleLog: { zh: '参数量（个，对数轴）', en: 'Parameters (log scale)' },
  landscapeModelsTitle: { zh: '模型数量（个）', en: 'Number of models' },
  landscapePercentTitle: { zh: '百分比', en: 'Percent' },
  landscapeDescription: {
    zh: '模型格局：各来源所称的模型参数量（对数轴，范围为区间）、模型数量，以及通用与行业模型的占比。',
    en: 'Model landscape: parameter counts claimed by each source (log axis, ranges as intervals), model counts, and the general vs industry share.',
  },

  // Adoption and other figures.
  adoptionOmitRank: {
    zh: '名次（如“前十”）不是数量，无法与其他数值同轴',
    en: 'a rank (such as "top 10") is a placing, not a quantity to plot',
  },
  adoptionOmitDuration: {
    zh: '时长没有对应的起止年份，无法放上年份轴',
    en: 'a duration with no start and end year cannot go on the year axis',
  },
  adoptionSpanDrawnAs: {
    zh: '图中画为 {from}–{to} 年（由发言时间推算）',
    en: 'drawn as {from}–{to} (counted from when it was said)',
  },
  adoptionPercentTitle: { zh: '百分比（占比或降幅）', en: 'Percent (shares and reductions)' },
  adoptionCountsTitle: { zh: '数量（个）', en: 'Counts' },
  adoptionCountsTitleLog: { zh: '数量（个，对数轴）', en: 'Counts (log scale)' },
  adoptionYearsTitle: { zh: '年份：数据耗尽与时间跨度', en: 'Year: data exhaustion and time spans' },
  adoptionDescription: {
    zh: '应用及其他论断：百分比、数量（对数轴）和数据耗尽年份，按单位分面。',
    en: 'Adoption and other claims in panels by unit: percentages, counts on a log axis, and data-exhaustion years on a year axis.',
  },

  // Timeline.
  timelineHorizonAhead: { zh: '时距：{n} 年后', en: 'horizon: {n} years ahead' },
  timelineHorizonAheadOne: { zh: '时距：{n} 年后', en: 'horizon: {n} year ahead' },
  timelineHorizonBack: { zh: '时距：{n} 年前', en: 'horizon: {n} years back' },
  timelineHorizonBackOne: { zh: '时距：{n} 年前', en: 'horizon: {n} year back' },
  timelineOmitNoYear: { zh: '未说明年份', en: 'no year stated' },
  timelineDiagonal: { zh: '谈论当年', en: 'said about its own year' },
  timelineDescription: {
    zh: '时间线：每条带年份的论断按发言时间（横轴）与所谈年份（纵轴）排列，对角线以上为预测。',
    en: 'Timeline: each dated claim placed by when it was said (across) and the year it speaks of (up); above the diagonal are forecasts.',
  },
  timelineAxisSaid: { zh: '发言时间', en: 'said on' },
  timelineAxisSpoken: { zh: '所谈年份', en: 'year spoken of' },
  // English ticks are ISO months (2024-01): the caller pads the month for English only.
  timelineMonthTick: { zh: '{year}年{month}月', en: '{year}-{month}' },

  // Comparison: the chart, its vintage panel, conversions and why a claim is left out.
  compareConverted: { zh: '换算: {conversion}', en: 'Converted: {conversion}' },
  compareSaid: { zh: '{asOf} 所说', en: 'Said {asOf}' },
  compareSaidAbout: { zh: '{asOf} 所说，指 {year} 年', en: 'Said {asOf}, about {year}' },
  compareAxisLog: { zh: '{unit}，对数轴', en: '{unit}, log scale' },
  compareDescription: { zh: '各来源论断的比较（{unit}）', en: 'Claims of each source compared ({unit})' },
  compareVintageAxis: { zh: '发言时间 ● → 所指年份', en: 'said ● → year it speaks of' },
  compareVintageSeries: { zh: '发言时间与所指年份', en: 'said vs year spoken of' },
  compareConversion: { zh: '{stated} → {result}（{how}）', en: '{stated} → {result} ({how})' },
  compareHowDated: {
    zh: '发言于{asOf}；取论断自身给出的年份',
    en: 'said {asOf}; the years the claim itself gives',
  },
  compareHowHorizon: { zh: '{year} + 年数', en: '{year} + years' },
  compareUnchanged: { zh: '{figure}（原文单位，未换算）', en: '{figure} (as stated, not converted)' },
  compareWhyNotCurrency: {
    zh: '人民币与美元从不互相换算',
    en: 'yuan and dollars are never converted into each other',
  },
  compareWhyNotNeverDoubles: {
    zh: '每年不超过×1的增长不会翻番，无法换算',
    en: 'a growth of ×1 or less per year never doubles',
  },
  compareWhyNotUnit: { zh: '单位 {unit} 无法换算为{name}', en: 'a figure in {unit} cannot be put in {name}' },

  // Comparison: the spread of the answers in words.
  spreadFigureBy: { zh: '{figure}（{who}）', en: '{figure} ({who})' },
  spreadOnlyOne: { zh: '仅一条论断：{figure}。', en: 'Only one claim: {figure}.' },
  spreadEnds: { zh: '最高 {highest}，最低 {lowest}', en: 'Highest {highest}, lowest {lowest}' },
  spreadEndsDoubling: { zh: '最长 {highest}，最短 {lowest}', en: 'Longest {highest}, shortest {lowest}' },
  spreadEndsYear: { zh: '最晚 {highest}，最早 {lowest}', en: 'Latest {highest}, earliest {lowest}' },
  spreadNoRatio: {
    zh: '{ends}：含零或负值，不计比值。',
    en: '{ends}: no ratio, as a value is at or below zero.',
  },
  spreadRatio: { zh: '{ends}：相差{ratio}倍。', en: '{ends}: a ×{ratio} spread.' },
  spreadYearsApart: {
    zh: '{ends}：相隔{years}年（年份比较差值，年份之比没有意义）。',
    en: '{ends}: {years} years apart (years are compared by difference; a ratio of years means nothing).',
  },
  spreadWithinFactor: { zh: '相差不到{factor}倍', en: 'agree within a factor of {factor}' },
  spreadWithinYears: { zh: '相差不超过{years}年', en: 'agree within {years} years' },
  spreadRunFactor: {
    zh: '依次相邻相差不到{threshold}倍（首尾相差{ends}倍）',
    en: 'follow one another within a factor of {threshold} (×{ends} end to end)',
  },
  spreadRunYears: {
    zh: '依次相邻相差不超过{threshold}年（首尾相隔{ends}年）',
    en: 'follow one another within {threshold} years ({ends} years end to end)',
  },
  spreadBothAgree: { zh: '两条论断{relation}。', en: 'Both claims {relation}.' },
  spreadAllAgree: { zh: '全部{n}条论断{relation}。', en: 'All {n} claims {relation}.' },
  spreadGroup: { zh: '{claims}{relation}', en: '{claims} {relation}' },
  spreadGroupSeparator: { zh: '；', en: '; ' },
  spreadGroups: { zh: '{groups}。', en: '{groups}.' },
  spreadNoneAgree: { zh: '没有两条论断{within}。', en: 'No two claims {within}.' },
  spreadOutlier: { zh: '{names}为离群值。', en: '{names} is the outlier.' },
  spreadOutliers: { zh: '{names}为离群值。', en: '{names} are outliers.' },

  // Audit: the report's summary line and figures in words.
  auditReportSummary: {
    zh: '共 {count} 条发现：{bySeverity} · {byRule}',
    en: '{count} findings: {bySeverity} · {byRule}',
  },
  auditHedgedFigure: { zh: '{hedge}{figure}', en: '{hedge} {figure}' },
  auditPerYear: { zh: '每年{rate}', en: '{rate}/yr' },
} as const satisfies Record<string, Record<Lang, string>>;
