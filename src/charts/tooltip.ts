import { format } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { KINDS } from '../data/vocabulary';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/**
 * ECharts puts a function formatter's return value into innerHTML unescaped, so every field that reaches
 * it goes through ECharts' own encodeHTML first. Nothing here concatenates raw text.
 */
export const esc = (s: string): string => format.encodeHTML(s);

/** The quote, escaped, with its figure wrapped in <b> (the only markup we add). */
export function quoteHtml(quote: string, figure: string): string {
  const at = figure ? quote.indexOf(figure) : -1;
  if (at < 0) return esc(quote);
  return `${esc(quote.slice(0, at))}<b class="tt-figure">${esc(figure)}</b>${esc(quote.slice(at + figure.length))}`;
}

/** Whether a claim's note records an error in the source itself (shown as a flag). */
export const hasSourceError = (c: Pick<Claim, 'note'>): boolean =>
  /SOURCE (ARITHMETIC )?ERROR|SOURCE CLAIM UNSUPPORTED/.test(c.note);

/** Extra lines a view adds to a point's tooltip (normalised value, derivation), already plain text. */
export interface TooltipExtra {
  lines?: string[];
}

/** The provenance tooltip of one claim: value, label, speaker, outlet and date, kind, the verbatim quote. */
export function claimTooltipHtml(
  c: Claim,
  source: Source | undefined,
  lang: Lang,
  extra: TooltipExtra = {},
  flagged = false,
): string {
  const label = lang === 'zh' ? c.labelZh : c.labelEn;
  const date = source ? `${source.published}${source.dateInferred ? t('inferredDate', lang) : ''}` : '';
  const when = c.asOf !== source?.published ? `${t('saidOn', lang)} ${c.asOf}` : '';
  const rows = [
    c.userData ? `<div class="tt-yours">${esc(`${t('yourData', lang)}: ${c.userData.file}`)}</div>` : '',
    `<div class="tt-value">${esc(formatClaimValue(c, lang))}</div>`,
    `<div class="tt-label">${esc(label)}</div>`,
    ...(extra.lines ?? []).map((l) => `<div class="tt-extra">${esc(l)}</div>`),
    `<div class="tt-meta">${esc(`${t('saidBy', lang)}: ${c.attributedTo}`)}</div>`,
    `<div class="tt-meta">${esc([source ? (lang === 'zh' ? source.shortZh : source.shortEn) : c.sourceId, date].filter(Boolean).join(' · '))}${when ? ` · ${esc(when)}` : ''}</div>`,
    `<div class="tt-meta">${esc(`${t('colKind', lang)}: ${KINDS[c.kind][lang]}`)}</div>`,
    flagged || hasSourceError(c) ? `<div class="tt-flag">⚠ ${esc(t('flagSourceIssue', lang))}</div>` : '',
    `<blockquote class="tt-quote" lang="zh">${quoteHtml(c.quote, c.figure)}</blockquote>`,
    `<div class="tt-hint">${esc(t('clickToOpen', lang))}</div>`,
  ];
  return `<div class="claim-tooltip">${rows.filter(Boolean).join('')}</div>`;
}
