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
  flagSourceIssue: { zh: '原文数据有误或存疑，见注释', en: 'The source\'s figure is wrong or doubtful: see the note' },
  clickToOpen: { zh: '点击查看原文', en: 'Click to open the source' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A message key. */
export type MessageKey = keyof typeof MESSAGES;

/** The message in the given language. */
export const t = (key: MessageKey, lang: Lang): string => MESSAGES[key][lang];
