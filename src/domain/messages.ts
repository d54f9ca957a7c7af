import type { Lang } from './format-number';

/** Every UI string in both languages; components look words up here, never hard-code them. */
export const MESSAGES = {
  appTitle: { zh: 'AI 算力论断', en: 'AI compute claims' },
  appSubtitle: {
    zh: '中文行业文章中关于 AI 算力的量化论断——每个数字都可追溯到原文句子。',
    en: 'What Chinese industry articles claim about AI compute — every figure traced to the sentence that said it.',
  },
  claimsCount: { zh: '条论断', en: 'claims' },
  sourcesCount: { zh: '篇来源', en: 'sources' },
  language: { zh: '语言', en: 'Language' },
  search: { zh: '搜索论断', en: 'Search claims' },
  searchPlaceholder: { zh: '搜索：液冷、算力、沈向洋…', en: 'Search: liquid cooling, EFLOPS, Shum…' },
  tableCaption: { zh: '全部论断（图表的文字版本）', en: 'All claims (the text alternative of the charts)' },
  colClaim: { zh: '论断', en: 'Claim' },
  colValue: { zh: '数值', en: 'Value' },
  colYear: { zh: '年份', en: 'Year' },
  colKind: { zh: '类型', en: 'Kind' },
  colSource: { zh: '来源', en: 'Source' },
  colQuote: { zh: '原文', en: 'Source sentence' },
  saidBy: { zh: '出自', en: 'Said by' },
  showing: { zh: '显示', en: 'Showing' },
  of: { zh: '/', en: 'of' },
  noMatch: { zh: '没有匹配的论断。', en: 'No claim matches.' },
  dataProblems: { zh: '数据问题', en: 'Data problems' },
  inferredDate: { zh: '（推断日期）', en: ' (inferred date)' },
  note: { zh: '注', en: 'Note' },
  saidOn: { zh: '发言于', en: 'said on' },
  flagSourceIssue: { zh: '原文数据有误或存疑，见注释', en: "The source's figure is wrong or doubtful: see the note" },
  viewFailed: { zh: '此图表无法显示：', en: 'This chart could not be drawn:' },
  logScale: { zh: '对数坐标', en: 'Log scale' },
  noClaimsInView: { zh: '当前筛选下此视图没有论断。', en: 'No claim of this view matches the filters.' },
  viewShows: { zh: '此图显示 {n} 条论断', en: 'This chart shows {n} claims' },
  viewOmitted: { zh: '另有 {n} 条不宜作图（见表格）', en: '{n} more not charted (in the table)' },
  kindKey: { zh: '图例：类型', en: 'Key: kind of claim' },
  flagSourceIssueShort: { zh: '原文有误', en: 'source error' },
  readerTitle: { zh: '原文', en: 'Source' },
  closeReader: { zh: '关闭原文', en: 'Close the source' },
  claimId: { zh: '论断编号', en: 'Claim id' },
  openOriginal: { zh: '打开原网页并高亮此句 ↗', en: 'Open the original page at this sentence ↗' },
  readings: { zh: '转载改字及正确读法', en: 'Garbled words and their correct readings' },
  quoteSelector: { zh: '引文定位（W3C 选择器）', en: 'Quote selector (W3C)' },
  articleText: { zh: '文章全文', en: 'Article text' },
  filters: { zh: '筛选', en: 'Filters' },
  topic: { zh: '主题', en: 'Topic' },
  source: { zh: '来源', en: 'Source' },
  kind: { zh: '类型', en: 'Kind' },
  years: { zh: '年份', en: 'Years' },
  from: { zh: '从', en: 'from' },
  to: { zh: '到', en: 'to' },
  resetFilters: { zh: '清除筛选', en: 'Clear filters' },
  theme: { zh: '配色', en: 'Theme' },
  themeSystem: { zh: '跟随系统', en: 'System' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  claimMissing: {
    zh: '链接中的论断不存在，已显示全部图表。',
    en: 'The claim in the link does not exist; showing all charts.',
  },
  skipToTable: { zh: '跳到论断表格', en: 'Skip to the claims table' },
  clickToOpen: { zh: '点击查看原文', en: 'Click to open the source' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A message key. */
export type MessageKey = keyof typeof MESSAGES;

/** The message in the given language. */
export const t = (key: MessageKey, lang: Lang): string => MESSAGES[key][lang];
