import { format } from 'echarts/core';
import type { Claim } from '../data/claim';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import type { Provenance } from '../domain/provenance';
import {
  flagTexts,
  kindText,
  originalLabel,
  quoteSegments,
  saidOnText,
  showsTranslation,
  sourceLine,
  speakerText,
  translationLabel,
  translationSegments,
  type Segment,
} from '../domain/provenance-format';

/**
 * ECharts puts a function formatter's return value into innerHTML unescaped, so every field that reaches
 * it goes through ECharts' own encodeHTML first. Nothing here concatenates raw text.
 */
export const esc = (s: string): string => format.encodeHTML(s);

/** Segments as HTML: escaped text, the figure wrapped in <b> (the only markup we add). */
export const segmentsHtml = (segments: readonly Segment[]): string =>
  segments.map((s) => (s.figure ? `<b class="tt-figure">${esc(s.text)}</b>` : esc(s.text))).join('');

/** The quote, escaped, with its figure wrapped in <b>. */
export const quoteHtml = (quote: string, figure: string): string => segmentsHtml(quoteSegments({ quote, figure }));

/** Extra lines a view adds to a point's tooltip (normalised value, derivation), already plain text. */
export interface TooltipExtra {
  lines?: string[];
}

/**
 * The evidence of a claim as tooltip HTML: in English the curators' translation, labelled as theirs, above
 * the verbatim original, the figure in bold in both; in Chinese the original alone.
 */
export function evidenceHtml(p: Provenance, lang: Lang): string {
  const original = `<blockquote class="tt-quote" lang="zh">${segmentsHtml(quoteSegments(p))}</blockquote>`;
  if (!showsTranslation(p, lang)) return original;
  return [
    `<div class="tt-quote-label">${esc(translationLabel(lang))}</div>`,
    `<blockquote class="tt-quote tt-quote-en" lang="en">${segmentsHtml(translationSegments(p))}</blockquote>`,
    `<div class="tt-quote-label">${esc(originalLabel(lang))}</div>`,
    original,
  ].join('');
}

/**
 * The provenance tooltip of one claim: value, label, speaker, outlet and date, kind, flags, and the
 * evidence. In English the curators' translation comes first, labelled as theirs, above the verbatim
 * original; both emphasise the figure. The Chinese UI shows the original alone.
 */
export function claimTooltipHtml(
  c: Claim,
  p: Provenance,
  lang: Lang,
  extra: TooltipExtra = {},
  flagged = false,
): string {
  const when = saidOnText(p, lang);
  const meta = [p.source ? sourceLine(p, lang) : c.sourceId, when].filter(Boolean).join(' · ');
  const flags = flagTexts(p, lang);
  const rows = [
    p.userFile !== undefined ? `<div class="tt-yours">${esc(`${t('yourData', lang)}: ${p.userFile}`)}</div>` : '',
    `<div class="tt-value">${esc(formatClaimValue(c, lang))}</div>`,
    `<div class="tt-label">${esc(p.label[lang])}</div>`,
    ...(extra.lines ?? []).map((l) => `<div class="tt-extra">${esc(l)}</div>`),
    `<div class="tt-meta">${esc(`${t('saidBy', lang)}: ${speakerText(p, lang)}`)}</div>`,
    `<div class="tt-meta">${esc(meta)}</div>`,
    `<div class="tt-meta">${esc(`${t('colKind', lang)}: ${kindText(p, lang)}`)}</div>`,
    ...flags.map((f) => `<div class="tt-flag">⚠ ${esc(f)}</div>`),
    flagged && flags.length === 0 ? `<div class="tt-flag">⚠ ${esc(t('flagSourceIssue', lang))}</div>` : '',
    evidenceHtml(p, lang),
    `<div class="tt-hint">${esc(t('clickToOpen', lang))}</div>`,
  ];
  return `<div class="claim-tooltip">${rows.filter(Boolean).join('')}</div>`;
}
