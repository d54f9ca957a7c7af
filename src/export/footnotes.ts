import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import { citedDateText } from '../domain/provenance-format';

/** One numbered source footnote of an exported figure. */
export interface Footnote {
  n: number;
  /** ①…⑳, then (21), (22)…: Unicode has no circled numbers past 20 in the basic set. */
  marker: string;
  text: string;
  sourceId: string;
}

/** How many speakers a footnote names before it says "+N more"; the deck's notes list them all. */
const MAX_SPEAKERS = 3;

/** The footnote marker for number n (1-based). */
export function footnoteMarker(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`invalid footnote number: ${n}`);
  return n <= 20 ? String.fromCodePoint(0x245f + n) : `(${n})`;
}

/** The outlet, or the article's title where the file does not name one ("(not named in the file)"). */
function outletOf(s: Source, lang: Lang): string {
  const outlet = (lang === 'en' ? (s.outletEn ?? s.outlet) : s.outlet).trim();
  if (outlet && !outlet.startsWith('(')) return outlet;
  const title = lang === 'en' && s.titleEn ? s.titleEn : s.title;
  return lang === 'zh' ? `《${title}》` : `“${title}”`;
}

/** Distinct speakers or reports of some claims, in the reader's language, in the order they first appear. */
function speakersOf(claims: readonly Claim[], source: Source | undefined, lang: Lang): string {
  const names = [...new Set(claims.map((c) => provenanceOf(c, source).speaker[lang].trim()).filter(Boolean))];
  const sep = lang === 'zh' ? '；' : '; ';
  const shown = names.slice(0, MAX_SPEAKERS).join(sep);
  const rest = names.length - MAX_SPEAKERS;
  return rest > 0 ? `${shown} ${t('moreSpeakers', lang, { n: rest })}` : shown;
}

/** The source's publication date as cited: inferred dates say so. */
export function citedDate(s: Source, lang: Lang): string {
  return citedDateText({ date: s.published, inferred: s.dateInferred }, lang);
}

/**
 * One numbered footnote per source whose claims a figure shows, in sources.csv order: "① outlet, speakers,
 * date". Claims whose source is unknown (imported data) get a footnote naming their source id, last.
 */
export function footnotesFor(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, lang: Lang): Footnote[] {
  const comma = lang === 'zh' ? '，' : ', ';
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) bySource.set(c.sourceId, [...(bySource.get(c.sourceId) ?? []), c]);
  const known = [...sources.values()].filter((s) => bySource.has(s.id));
  const unknown = [...bySource.keys()].filter((id) => !sources.has(id));
  const texts = [
    ...known.map((s) => ({
      sourceId: s.id,
      text: [outletOf(s, lang), speakersOf(bySource.get(s.id) ?? [], s, lang), citedDate(s, lang)]
        .filter(Boolean)
        .join(comma),
    })),
    ...unknown.map((id) => ({
      sourceId: id,
      text: [`${id}${t('notInSources', lang)}`, speakersOf(bySource.get(id) ?? [], undefined, lang)].filter(Boolean).join(comma),
    })),
  ];
  return texts.map((t, i) => ({ n: i + 1, marker: footnoteMarker(i + 1), ...t }));
}
