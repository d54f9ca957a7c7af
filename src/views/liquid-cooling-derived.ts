import type { Claim } from '../data/claim';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { axisStyle } from '../charts/base-option';
import { chartColors } from '../charts/palette';
import { provenanceOf } from '../domain/provenance';
import { esc, evidenceHtml } from '../charts/tooltip';
import type { ViewContext } from '../charts/view-types';

// Shared by the liquid-cooling and compute-capacity views: named after the first because files are
// prefixed by view while several people edit src/charts at once.

/** A point no source states but that follows from claims that do. It has no claimId: it is not a claim. */
export interface DerivedDatum {
  value: [number, number];
  derived: true;
  /** Provenance of the derivation, built from escaped parts; claimTooltipFormatter returns it as is. */
  tooltipHtml: string;
  symbol: string;
  symbolSize: number;
  itemStyle: Record<string, unknown>;
  label?: Record<string, unknown>;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An exponent as superscript digits (1.2³), so a formula reads as it is written by hand. */
export const superscript = (n: number): string => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);

/** Three significant digits: the precision a derived figure deserves (≈ 208, not 208.333…). */
export const approx = (n: number): number => Number(n.toPrecision(3));

/** Growth factor 1 + r/100 written plainly: 20 → "1.2", 45.8 → "1.458". */
export const growthFactor = (ratePercent: number): string => String(Number((1 + ratePercent / 100).toFixed(6)));

/** "Derived — no source states this figure", in the UI language. */
export const derivedHeading = (what: string, lang: Lang): string => t('derivedHeading', lang, { what });

/**
 * Tooltip of a derived point: the result, the arithmetic that gives it, and the verbatim quotes of the
 * claims it rests on, so a reader can check the sum against the words. Only esc() and evidenceHtml() output.
 */
export function derivedTooltipHtml(
  value: string,
  heading: string,
  lines: readonly string[],
  from: readonly Claim[],
  lang: Lang,
): string {
  const rows = [
    `<div class="tt-value">${esc(value)}</div>`,
    `<div class="tt-label">${esc(heading)}</div>`,
    ...lines.map((l) => `<div class="tt-extra">${esc(l)}</div>`),
    `<div class="tt-meta">${esc(t('derivedFrom', lang))}</div>`,
    ...from.flatMap((c) => [
      `<div class="tt-meta">${esc(`${lang === 'zh' ? c.labelZh : c.labelEn} · ${provenanceOf(c, undefined).speaker[lang]}`)}</div>`,
      evidenceHtml(provenanceOf(c, undefined), lang),
    ]),
  ];
  return `<div class="claim-tooltip tt-derived">${rows.join('')}</div>`;
}

/** A derived point: small, hollow, dotted outline in its source's colour, so it never passes for a claim. */
export function derivedDatum(
  value: [number, number],
  tooltipHtml: string,
  color: string,
  ctx: ViewContext,
): DerivedDatum {
  return {
    value,
    derived: true,
    tooltipHtml,
    symbol: 'circle',
    symbolSize: 8,
    itemStyle: { color: chartColors(ctx.dark).hollowFill, borderColor: color, borderWidth: 1.5, borderType: 'dotted' },
  };
}

/** Line style of a derived path: dashed and thinner than anything drawn from a stated figure. */
export const DERIVED_LINE = { type: 'dashed', width: 1.5, opacity: 0.8 } as const;

/**
 * A value axis of years with half a year of margin either side (so end points are not cut) and labels on
 * whole years only; a value axis rather than categories so a rate can sit mid-span (2024.5).
 */
export function yearAxis(years: readonly number[], gridIndex: number, ctx: ViewContext) {
  const axis = axisStyle(ctx);
  const [first, last] = years.length ? [Math.min(...years), Math.max(...years)] : [0, 0];
  const whole = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    type: 'value',
    gridIndex,
    min: years.length ? first - 0.5 : undefined,
    max: years.length ? last + 0.5 : undefined,
    ...axis,
    axisLabel: { ...axis.axisLabel, customValues: whole, formatter: (v: number) => String(v) },
    axisTick: { customValues: whole },
    splitLine: { show: false },
  };
}
