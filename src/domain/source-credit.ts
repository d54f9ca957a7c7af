import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from './format-number';
import { citedDateText } from './provenance-format';

/** The distinct sources of some claims, in sources.csv order, each once. */
export function sourcesOf(claims: readonly Claim[], sources: ReadonlyMap<string, Source>): Source[] {
  const ids = new Set(claims.map((c) => c.sourceId));
  return [...sources.values()].filter((s) => ids.has(s.id));
}

/** Short name and date of a source as cited: "CWW / He Baohong, 2024-12-23". Inferred dates say so. */
export function citeSource(s: Source, lang: Lang): string {
  return `${lang === 'zh' ? s.shortZh : s.shortEn}, ${citedDateText({ date: s.published, inferred: s.dateInferred }, lang)}`;
}

/** The one-line credit under a chart: every source its points come from, and the dataset. */
export function sourceCredit(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, lang: Lang): string {
  const list = sourcesOf(claims, sources).map((s) => citeSource(s, lang));
  const dataset = lang === 'zh' ? '数据集：AI 算力论断' : 'Dataset: AI compute claims';
  if (list.length === 0) return dataset;
  return `${lang === 'zh' ? '来源：' : 'Sources: '}${list.join(lang === 'zh' ? '；' : '; ')} · ${dataset}`;
}
