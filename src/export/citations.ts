import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { citedDate, footnotesFor } from './footnotes';

/** The full citation of a source: outlet, title (and its English title), author, date, URL. */
export function fullCitation(s: Source, lang: Lang): string {
  const title = s.titleEn && s.titleEn !== s.title ? `“${s.title}” (${s.titleEn})` : `“${s.title}”`;
  return [s.outlet, title, s.author, citedDate(s, lang), s.url].filter((p) => p.trim() !== '').join(', ');
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
    lines.push(`• ${lang === 'zh' ? c.labelZh : c.labelEn} — ${c.figure} [${marker.get(c.sourceId) ?? '?'} ${c.id}]`);
    lines.push(`  “${c.quote}”`);
    lines.push(`  ${t('notesSaidBy', lang)} ${c.attributedTo}, ${t('notesAsOf', lang)} ${c.asOf}`);
    if (c.note) lines.push(`  ${t('notesNote', lang)}: ${c.note}`);
  }
  return lines.join('\n');
}
