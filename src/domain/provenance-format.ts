import type { Span } from '../data/article-text';
import { FLAGS, KINDS } from '../data/vocabulary';
import type { Lang } from './format-number';
import { t } from './messages';
import type { CitedDate, Provenance } from './provenance';

/**
 * The text pieces every medium builds its provenance from, so the tooltip, the reader, the table and the
 * exports word a date, a speaker, a flag or a translation the same way. Media add only their own markup.
 */

/** A piece of text, emphasised where it states the figure. */
export interface Segment {
  text: string;
  figure: boolean;
}

/** Text cut into segments, the given spans emphasised (overlapping or unordered spans are merged). */
export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), figure: false });
    out.push({ text: text.slice(start, s.end), figure: true });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), figure: false });
  return out;
}

/** The verbatim quote with its figure emphasised (the first occurrence, as the curator wrote it). */
export function quoteSegments(p: Pick<Provenance, 'quote' | 'figure'>): Segment[] {
  const at = p.figure ? p.quote.indexOf(p.figure) : -1;
  return segmentsOf(p.quote, at < 0 ? [] : [{ start: at, end: at + p.figure.length }]);
}

/** The curators' translation with the figure emphasised; empty when there is no translation. */
export function translationSegments(p: Pick<Provenance, 'quoteEn' | 'figureEnSpans'>): Segment[] {
  return p.quoteEn ? segmentsOf(p.quoteEn, p.figureEnSpans) : [];
}

/** Whether the English reader is shown the translation (the Chinese UI stays as it was: the original only). */
export const showsTranslation = (p: Pick<Provenance, 'quoteEn'>, lang: Lang): boolean => lang === 'en' && p.quoteEn !== '';

/** A date as cited: "2024-01 (inferred)" / "2024-01（推断）". The one wording of an inferred date. */
export const citedDateText = (d: CitedDate, lang: Lang): string => `${d.date}${d.inferred ? t('inferredDate', lang) : ''}`;

/** Who said it, in full, in the reader's language. */
export const speakerText = (p: Provenance, lang: Lang): string => p.speaker[lang];

/** The source's short name and publication date: "CWW / He Baohong · 2024-12-23". */
export function sourceLine(p: Provenance, lang: Lang): string {
  if (!p.source) return '';
  return `${p.source.short[lang]} · ${citedDateText(p.source.published, lang)}`;
}

/** "said on 2024-12-18" when the claim was made on another day than the source was published. */
export function saidOnText(p: Provenance, lang: Lang): string {
  if (p.source && p.said.date === p.source.published.date) return '';
  return `${t('saidOn', lang)} ${citedDateText(p.said, lang)}`;
}

/** The kind of statement, in the reader's language. */
export const kindText = (p: Provenance, lang: Lang): string => KINDS[p.kind][lang];

/** Each of the curators' flags, in the reader's language. */
export const flagTexts = (p: Provenance, lang: Lang): string[] => p.flags.map((f) => FLAGS[f][lang]);

/** Labels of the two quote forms, saying whose words each is. */
export const translationLabel = (lang: Lang): string => t('translationLabel', lang);
export const originalLabel = (lang: Lang): string => t('originalLabel', lang);

/**
 * The plain-text provenance of one claim, for slide notes and other plain-text media: label, value, who
 * said it and when, flags, then the curators' translation (English only) and the verbatim original.
 */
export function provenancePlainText(p: Provenance, lang: Lang, value: string): string[] {
  const lines = [`• ${p.label[lang]}: ${value}`];
  const when = citedDateText(p.said, lang);
  lines.push(`  ${t('notesSaidBy', lang)} ${speakerText(p, lang)}, ${t('notesAsOf', lang)} ${when}`);
  for (const f of flagTexts(p, lang)) lines.push(`  ⚠ ${f}`);
  if (p.quoteEn && lang === 'en') lines.push(`  ${translationLabel(lang)}: “${p.quoteEn}”`);
  lines.push(`  ${originalLabel(lang)}: 「${p.quote}」`);
  if (p.note) lines.push(`  ${t('notesNote', lang)}: ${p.note}`);
  return lines;
}
