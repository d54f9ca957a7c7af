import type { Lang } from './format-number';

/**
 * The words of a view's own page, its embed, the table of contents and presentation mode, in both
 * languages. Part of the one message catalogue (messages.ts spreads it in); keys start with their place.
 */
export const PAGE_MESSAGES = {
  pageAllCharts: { zh: '← 全部图表', en: '← All charts' },
  pageViewUnknown: {
    zh: '没有这个图表，已打开全部图表：',
    en: 'There is no such chart; here are all of them instead:',
  },
  pageOpenView: { zh: '单独打开“{title}”', en: 'Open “{title}” on its own page' },
  pageClaimsTitle: { zh: '此图的论断', en: 'The claims of this chart' },
  pageSourcesTitle: { zh: '来源与原文', en: 'Sources and their sentences' },
  pageSourcesNone: { zh: '当前筛选下此图没有论断。', en: 'No claim of this chart matches the filters.' },
  pageSourcePublished: { zh: '发布于 {date}', en: 'published {date}' },
  pageSourceLink: { zh: '原网页 ↗', en: 'Original page ↗' },
  pageDownloadsTitle: { zh: '下载', en: 'Downloads' },
  pageDownloadsHint: {
    zh: '图片在图表右上角的“导出”中；数据为此图的 {n} 条论断（含全部出处字段）。',
    en: "Images are in the chart's Export menu; the data is this chart's {n} claims with every provenance column.",
  },
  pageDownloadCsv: { zh: '下载此图的论断（CSV）', en: "Download this chart's claims (CSV)" },
  pageDownloadJson: { zh: '下载此图的论断（JSON）', en: "Download this chart's claims (JSON)" },
  pageDownloaded: { zh: '已下载 {file}', en: 'Downloaded {file}' },
  embedButton: { zh: '嵌入', en: 'Embed' },
  embedTitle: { zh: '把此图嵌入网页', en: 'Embed this chart in a web page' },
  embedHint: {
    zh: '复制这段 HTML 放进你的网页：图表连同带编号的来源脚注，以及返回完整页面的链接。',
    en: 'Copy this HTML into your page: the chart with its numbered source footnotes and a link back to the full page.',
  },
  embedCode: { zh: '嵌入代码', en: 'Embed code' },
  embedCopy: { zh: '复制嵌入代码', en: 'Copy the embed code' },
  embedCopied: { zh: '已复制。', en: 'Copied.' },
  embedCopyFailed: { zh: '浏览器不允许复制：请选中代码后手动复制。', en: 'The browser refused to copy: select the code and copy it yourself.' },
  embedFullPage: { zh: '在 AI 算力论断中查看完整页面与原文 ↗', en: 'See the full page and every source sentence in AI compute claims ↗' },
  tocTitle: { zh: '目录', en: 'Contents' },
  tocCharts: { zh: '按主题的图表', en: 'Charts by topic' },
  tocCompare: { zh: '对比各来源', en: 'Compare' },
  tocAddSource: { zh: '添加来源', en: 'Add a source' },
  tocImport: { zh: '导入 CSV', en: 'Import' },
  tocAudit: { zh: '核查', en: 'Audit' },
  tocTable: { zh: '论断表', en: 'Table' },
  tocYourData: { zh: '你的数据', en: 'Your data' },
  tocChecks: { zh: '核查与全部论断', en: 'Checks and every claim' },
  presentButton: { zh: '演示', en: 'Present' },
  presentLabel: { zh: '演示：{title}（第 {n} / {total} 页）', en: 'Presentation: {title} (slide {n} of {total})' },
  presentPrev: { zh: '上一页', en: 'Previous slide' },
  presentNext: { zh: '下一页', en: 'Next slide' },
  presentExit: { zh: '退出演示', en: 'Leave the presentation' },
  presentQuotes: { zh: '原文引语', en: 'Quotes' },
  presentQuotesTitle: { zh: '此页论断的原文', en: 'The sentences behind this slide' },
  presentKeys: {
    zh: '→ / 空格 下一页 · ← 上一页 · Q 原文引语 · Esc 退出',
    en: '→ / space next · ← previous · Q quotes · Esc leave',
  },
  presentEmpty: { zh: '当前筛选下此图没有论断。', en: 'No claim of this chart matches the filters.' },
} as const satisfies Record<string, Record<Lang, string>>;
