import type { Lang } from '../domain/format-number';

/** Every string of the export feature in both languages (kept apart from messages.ts, which others edit). */
export const EXPORT_MESSAGES = {
  export: { zh: '导出', en: 'Export' },
  exportThisChart: { zh: '导出此图', en: 'Export this chart' },
  size: { zh: '尺寸', en: 'Size' },
  preset_wide: { zh: '16:9 · 1920×1080', en: '16:9 · 1920×1080' },
  preset_standard: { zh: '4:3 · 1600×1200', en: '4:3 · 1600×1200' },
  preset_square: { zh: '方形 · 1080×1080', en: 'Square · 1080×1080' },
  preset_screen: { zh: '图表同屏幕 · {w}×{h}', en: 'Chart as on screen · {w}×{h}' },
  pixelRatio: { zh: '像素倍率', en: 'Pixel ratio' },
  transparent: { zh: '透明背景', en: 'Transparent background' },
  png: { zh: 'PNG', en: 'PNG' },
  svg: { zh: 'SVG', en: 'SVG' },
  copyImage: { zh: '复制图片', en: 'Copy image' },
  footerAlways: { zh: '导出的图片始终附带来源脚注。', en: 'Every exported figure carries its source footnotes.' },
  rendering: { zh: '正在生成…', en: 'Rendering…' },
  saved: { zh: '已保存 {file}', en: 'Saved {file}' },
  copied: { zh: '图片已复制到剪贴板。', en: 'Image copied to the clipboard.' },
  clipboardUnsupported: {
    zh: '此浏览器不支持把图片复制到剪贴板，请改用 PNG 下载。',
    en: 'This browser cannot copy images to the clipboard; download the PNG instead.',
  },
  clipboardRefused: {
    zh: '浏览器拒绝了剪贴板访问（{detail}），请改用 PNG 下载。',
    en: 'The browser refused clipboard access ({detail}); download the PNG instead.',
  },
  renderFailed: { zh: '导出失败：{detail}', en: 'The export failed: {detail}' },
  noChart: { zh: '此视图没有可导出的图表。', en: 'This view has no chart to export.' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloadJson: { zh: '下载 JSON', en: 'Download JSON' },
  exportZip: { zh: '全部导出（ZIP）', en: 'Export all (ZIP)' },
  exportDeck: { zh: '导出幻灯片（PPTX）', en: 'Export deck (PPTX)' },
  exportAll: { zh: '导出全部', en: 'Export everything' },
  dataHint: {
    zh: '数据下载包含当前筛选下的论断及全部出处字段。',
    en: 'Data downloads hold the filtered claims with every provenance column.',
  },
  progress: { zh: '第 {n}/{total} 张：{label}', en: 'Figure {n} of {total}: {label}' },
  packing: { zh: '正在打包', en: 'Packing' },
  done: { zh: '已完成：{file}', en: 'Done: {file}' },
  someFailed: { zh: '{n} 个视图未能导出：{list}', en: '{n} views could not be exported: {list}' },
  noViews: { zh: '当前筛选下没有可导出的图表。', en: 'No chart has claims to export under the current filters.' },
  dataDownloaded: { zh: '已下载 {n} 条论断：{file}', en: 'Downloaded {n} claims: {file}' },
  datasetLine: { zh: 'AI 算力论断 · data/claims.csv', en: 'AI compute claims · data/claims.csv' },
  inferredDate: { zh: '（推断）', en: ' (inferred)' },
  moreSpeakers: { zh: '等另 {n} 项', en: '+{n} more' },
  notInSources: { zh: '（不在 sources.csv 中）', en: ' (not in sources.csv)' },
  deckTitle: { zh: 'AI 算力论断', en: 'AI compute claims' },
  deckSubtitle: {
    zh: '{views} 张图 · {claims} 条论断 · 导出于 {date}',
    en: '{views} figures · {claims} claims · exported {date}',
  },
  notesSources: { zh: '来源', en: 'Sources' },
  notesClaims: { zh: '本图论断（原文逐字引用）', en: 'Claims in this figure (verbatim quotes)' },
  notesNote: { zh: '注', en: 'Note' },
  notesSaidBy: { zh: '出自', en: 'said by' },
  notesAsOf: { zh: '发言于', en: 'as of' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of EXPORT_MESSAGES. */
export type ExportMessageKey = keyof typeof EXPORT_MESSAGES;

/** The export message in the given language, with `{name}` placeholders filled from `vars`. */
export function te(key: ExportMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return EXPORT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
