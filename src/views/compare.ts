/**
 * The comparison view: a forest plot of every answer to one question in one common unit, one row per
 * claim, with a side panel of when each was said against the year it speaks of.
 */
import type { Claim } from '../data/claim';
import { QUALIFIER_SYMBOLS } from '../data/vocabulary';
import { formatScaled, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { COMMON_UNIT_NAMES, formatSignificant } from '../domain/compare/format-common';
import { toCommonUnit, unchangedNote, whyNotIn } from '../domain/compare/normalise';
import type { CommonUnit, ComparedClaim } from '../domain/compare/question';
import { representative } from '../domain/compare/spread';
import {
  axisStyle,
  baseOption,
  claimDatum,
  claimTooltipFormatter,
  colorsFor,
  sourceLegendName,
  tooltipBase,
  colorOf,
} from '../charts/base-option';
import { vintageAxis, vintageSeries } from './compare-vintage';
import { intervalSeries, type Interval } from '../charts/interval-series';
import { KIND_STYLES } from '../charts/palette';
import type { Omitted, ViewContext, ViewResult } from '../charts/view-types';
import { thinRows } from '../domain/compare/thin-rows';
import { rowLabelStyle } from '../charts/row-label';

/** Options of the comparison chart. */
export interface CompareOptions {
  unit: CommonUnit;
  /** The question, named in the chart's accessible description (its title is drawn around the chart). */
  title?: string;
  /**
   * A phone-width card: the vintage panel goes (when each claim was said, and of which year, are in its
   * tooltip) and row labels narrow, so the forest plot keeps a readable width. Exports are never narrow.
   */
  narrow?: boolean;
}

/** Row-label widths: a desktop card's, and a phone's (as fitToNarrow gives the views). */
const ROW_LABEL_WIDTH = 240;
const NARROW_ROW_LABEL_WIDTH = 110;

// Doubling times span 1–32 months, where powers of two make readable ticks; wider spans count in tens.
const LOG_BASE: Partial<Record<CommonUnit, number>> = { doubling_months: 2 };

/** Tick labels: digits only (the axis name carries the unit), years without a thousands separator. */
function tickLabel(v: number, unit: CommonUnit, lang: Lang): string {
  if (unit === 'year') return String(v);
  if (unit === 'CNY' || unit === 'USD' || unit === 'count' || unit === 'params') return formatScaled(v, lang);
  return `${unit === 'x_per_year' ? '×' : ''}${formatSignificant(v, lang)}`;
}

/** Row label: qualifier symbol and the claim's short label, then who published it on a second line. */
function rowLabel(c: Claim, ctx: ViewContext): string {
  const sym = QUALIFIER_SYMBOLS[c.qualifier];
  const source = sourceLegendName(ctx.sources.get(c.sourceId), c.sourceId, ctx.lang);
  return `${sym ? `${sym} ` : ''}${ctx.lang === 'zh' ? c.labelZh : c.labelEn}\n${source}`;
}

/** Whole powers of the log base around the data, so the axis ends where the claims do (not at ×1,048,576). */
function logExtent(lo: number, hi: number, base: number) {
  const p = (x: number) => Math.log(x) / Math.log(base);
  return { min: base ** Math.floor(p(lo) + 1e-9), max: base ** Math.ceil(p(hi) - 1e-9) };
}

/** The tooltip's extra lines: the conversion in the reader's language, and when it was said about when. */
function extraLines(c: Claim, cc: ComparedClaim | undefined, unit: CommonUnit, lang: Lang): string[] {
  if (!cc) return [];
  const local = toCommonUnit(c, unit, lang) ?? cc;
  const conversion = local.conversion
    ? t('compareConverted', lang, { conversion: local.conversion })
    : unchangedNote(local, lang);
  const about = c.periodEnd ?? c.year;
  const when =
    about !== undefined
      ? t('compareSaidAbout', lang, { asOf: c.asOf, year: about })
      : t('compareSaid', lang, { asOf: c.asOf });
  return [conversion, when];
}

/** The forest plot of compared claims: points and intervals per row in `unit`, a vintage panel on the right. */
export function buildCompareOption(
  compared: readonly ComparedClaim[],
  claims: readonly Claim[],
  ctx: ViewContext,
  opts: CompareOptions,
): ViewResult {
  const { lang } = ctx;
  const { unit } = opts;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const scale = unit === 'year' ? 'difference' : 'ratio';
  // Largest first, so agreement reads as neighbouring rows and the spread as the plot's height.
  const all = compared
    .filter((cc) => cc.unit === unit && byId.has(cc.claimId))
    .map((cc) => ({ cc, c: byId.get(cc.claimId)!, rep: representative(cc, scale) }))
    .sort((a, b) => b.rep - a.rep);
  // Every curated claim, the two ends and an even spread of imported ones, when there are too many rows.
  const rows = thinRows(all, MAX_COMPARE_ROWS, ({ c }) => !c.userData);
  const shownIds = new Set(all.map((r) => r.cc.claimId));
  const omitted: Omitted[] = claims
    .filter((c) => !shownIds.has(c.id))
    .map((c) => ({ claimId: c.id, reason: whyNotIn(c, unit, lang) }));

  const colors = colorsFor(ctx);
  const bySource = new Map<string, { points: ReturnType<typeof claimDatum>[]; intervals: Interval[] }>();
  rows.forEach(({ cc, c }, i) => {
    const entry = bySource.get(c.sourceId) ?? { points: [], intervals: [] };
    bySource.set(c.sourceId, entry);
    if (cc.low !== undefined && cc.high !== undefined)
      entry.intervals.push({
        claimId: c.id,
        low: cc.low,
        high: cc.high,
        at: i,
        color: colorOf(colors, c.sourceId),
        dashed: KIND_STYLES[c.kind].hollow,
      });
    const point = cc.value ?? (cc.low === undefined || cc.high === undefined ? (cc.low ?? cc.high) : undefined);
    if (point !== undefined) entry.points.push(claimDatum(c, [point, i], ctx));
  });

  const ends = rows.flatMap(({ cc }) => [cc.value, cc.low, cc.high].filter((v) => v !== undefined));
  const [lo, hi] = [Math.min(...ends), Math.max(...ends)];
  const spansDecade = lo > 0 && hi / lo > 10;
  const log = ctx.logScale && unit !== 'year' && spansDecade;

  const axis = axisStyle(ctx);
  const unitName = COMMON_UNIT_NAMES[unit][lang];
  const valueAxis = {
    type: log ? 'log' : 'value',
    ...(log ? { logBase: LOG_BASE[unit] ?? 10, ...logExtent(lo, hi, LOG_BASE[unit] ?? 10) } : {}),
    // Years and log axes start near the data; a linear magnitude axis starts at zero so lengths compare.
    scale: unit === 'year',
    ...(unit === 'year' && ends.length ? { min: Math.floor(lo) - 1, max: Math.ceil(hi) + 1, minInterval: 1 } : {}),
    gridIndex: 0,
    name: log ? t('compareAxisLog', lang, { unit: unitName }) : unitName,
    nameLocation: 'middle',
    nameGap: 28,
    ...axis,
    axisLabel: { ...axis.axisLabel, formatter: (v: number) => tickLabel(v, unit, lang) },
  };
  const categories = rows.map(({ c }) => rowLabel(c, ctx));
  const categoryAxis = (gridIndex: number) => ({
    type: 'category',
    gridIndex,
    data: categories,
    inverse: true,
    ...axis,
    axisLabel:
      gridIndex === 0
        ? { ...axis.axisLabel, ...rowLabelStyle(opts.narrow ? NARROW_ROW_LABEL_WIDTH : ROW_LABEL_WIDTH) }
        : { show: false },
    axisTick: { show: gridIndex === 0 },
    splitLine: { show: false },
  });

  const series: unknown[] = [];
  const legend: string[] = [];
  for (const [sourceId, { points, intervals }] of bySource) {
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, lang);
    legend.push(name);
    const color = colorOf(colors, sourceId);
    if (intervals.length)
      series.push({ ...intervalSeries(name, intervals, true), color, xAxisIndex: 0, yAxisIndex: 0 });
    series.push({ type: 'scatter', name, data: points, color, z: 3, xAxisIndex: 0, yAxisIndex: 0 });
  }
  const vintageRows = rows.map(({ c }, at) => ({ claim: c, at, color: colorOf(colors, c.sourceId) }));
  if (vintageRows.length && !opts.narrow) series.push(vintageSeries(vintageRows, ctx));

  const comparedById = new Map(rows.map((r) => [r.cc.claimId, r.cc]));
  const top = 44;
  const description = opts.title ?? t('compareDescription', lang, { unit: unitName });
  // The question is named in the description only: drawn in the chart it repeated the question picker above
  // it on screen and the title line of every exported figure and slide.
  const option = {
    ...baseOption(ctx, description),
    legend: { top: 0, type: 'scroll', data: legend, textStyle: { color: axis.axisLabel.color } },
    ...(opts.narrow
      ? {
          grid: [{ left: 8, right: 16, top, bottom: 44, containLabel: true }],
          xAxis: [valueAxis],
          yAxis: [categoryAxis(0)],
        }
      : {
          grid: [
            // Both grids contain their labels, so their plot areas shrink alike and the rows line up across panels.
            { left: 12, right: '34%', top, bottom: 44, containLabel: true },
            { right: 16, width: '24%', top, bottom: 44, containLabel: true },
          ],
          xAxis: [valueAxis, vintageAxis(vintageRows, ctx)],
          yAxis: [categoryAxis(0), categoryAxis(1)],
        }),
    tooltip: {
      ...tooltipBase(ctx),
      formatter: claimTooltipFormatter(claims, ctx, (c) => ({
        lines: extraLines(c, comparedById.get(c.id), unit, lang),
      })),
    },
    series,
  };
  return {
    option,
    shown: rows.map((r) => r.cc.claimId),
    omitted,
    hasLogAxis: unit !== 'year' && spansDecade,
    rows: rows.length,
    ...(rows.length < all.length ? { thinned: { drawn: rows.length, total: all.length } } : {}),
  };
}

/** The most rows a comparison draws; beyond it rows are thinned (see thinRows). */
export const MAX_COMPARE_ROWS = 60;
