import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import { provenancePlainText } from '../domain/provenance-format';
import { citedDate, footnotesFor } from './footnotes';

/** The full citation of a source: outlet, title (and its English title), author, date, URL. */
export function fullCitation(s: Source, lang: Lang): string {
  const title = s.titleEn && s.titleEn !== s.title ? `“${s.title}” (${s.titleEn})` : `“${s.title}”`;
  const outlet = lang === 'en' ? (s.outletEn ?? s.outlet) : s.outlet;
  const author = lang === 'en' ? (s.authorEn ?? s.author) : s.author;
  return [outlet, title, author, citedDate(s, lang), s.url].filter((p) => p.trim() !== '').join(', ');
}

/**
 * Speaker notes for one figure: its title, the full citation of each source under the footnote marker
 * the figure prints, then every claim it shows with its figure, verbatim quote, speaker, date and note.
 */
export function slideNotes(
  title: string,
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): string {
  const notes = footnotesFor(claims, sources, lang);
  const marker = new Map(notes.map((f) => [f.sourceId, f.marker]));
  const lines = [title, '', `${t('notesSources', lang)}:`];
  for (const f of notes) {
    const s = sources.get(f.sourceId);
    lines.push(`${f.marker} ${s ? fullCitation(s, lang) : f.text}`);
  }
  lines.push('', `${t('notesClaims', lang)}:`);
  for (const c of claims) {
    const p = provenanceOf(c, sources.get(c.sourceId));
    const [first = '', ...rest] = provenancePlainText(p, lang, formatClaimValue(c, lang));
    lines.push(`${first} [${marker.get(c.sourceId) ?? '?'} ${c.id}]`, ...rest);
  }
  return lines.join('\n');
}
