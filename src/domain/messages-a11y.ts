import type { Lang } from './format-number';

/**
 * The words that let every reader use the charts: the generated chart descriptions, the keyboard help and
 * what the live region says about a focused point. Part of the one message catalogue (messages.ts spreads
 * it in); keys start with `chart` so they cannot silently replace another file's.
 */
export const A11Y_MESSAGES = {
  chartAbout: { zh: '关于此图', en: 'About this chart' },
  chartRole: { zh: '图表', en: 'chart' },
  chartKeys: {
    zh: '键盘：Tab 进入图表，方向键逐个浏览数据点，Home / End 跳到第一个 / 最后一个，回车打开原文，Esc 离开数据点。',
    en: 'Keyboard: Tab to the chart, then the arrow keys step through its points, Home / End jump to the first / last, Enter opens the source, Escape leaves the point.',
  },
  chartDescOneClaim: { zh: '共 1 条论断', en: '1 claim' },
  chartDescClaims: { zh: '共 {n} 条论断', en: '{n} claims' },
  chartDescFrom: { zh: '{claims}，来自 {k} 个来源：{sources}。', en: '{claims} from {k} sources: {sources}.' },
  chartDescFromOne: { zh: '{claims}，来自 1 个来源：{sources}。', en: '{claims} from one source: {sources}.' },
  chartDescRange: {
    zh: '单位“{unit}”：最低 {low}（{lowBy}），最高 {high}（{highBy}）。',
    en: 'In {unit}: lowest {low} ({lowBy}), highest {high} ({highBy}).',
  },
  chartDescSingle: { zh: '单位“{unit}”：{value}（{by}）。', en: 'In {unit}: {value} ({by}).' },
  chartDescOtherUnits: { zh: '另有 {n} 条论断使用其他 {m} 种单位。', en: '{n} more claims in {m} other units.' },
  chartDescOtherUnit: { zh: '另有 {n} 条论断使用另一种单位。', en: '{n} more claims in one other unit.' },
  chartDescOtherClaim: { zh: '另有 1 条论断使用另一种单位。', en: '1 more claim in another unit.' },
  chartDescNone: { zh: '当前筛选下没有论断。', en: 'No claim matches the filters.' },
  chartDescWhat: { zh: '{what}。', en: '{what}.' },
  chartPointPosition: { zh: '第 {i} 个，共 {n} 个。', en: 'Point {i} of {n}.' },
  chartPointValue: { zh: '{label}：{value}（{kind}）。', en: '{label}: {value} ({kind}).' },
  chartPointSaid: { zh: '出自：{speaker}；{source}。', en: 'Said by {speaker}; {source}.' },
  chartPointFlag: { zh: '⚠ {flag}。', en: '⚠ {flag}.' },
  chartPointQuote: { zh: '{label}：「{quote}」', en: '{label}: “{quote}”' },
} as const satisfies Record<string, Record<Lang, string>>;
