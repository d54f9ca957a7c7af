import type { Claim } from '../data/claim';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import {
  axisStyle,
  baseOption,
  claimDatum,
  claimTooltipFormatter,
  colorsFor,
  sourceLegendName,
  tooltipBase,
  type ClaimDatum,
  colorOf,
} from '../charts/base-option';
import { dodgeOffsets, forwardOffsets, type Offset } from '../charts/dodge';
import { intervalSeries, type Interval } from '../charts/interval-series';
import { chartColors, KIND_STYLES } from '../charts/palette';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

/** When a claim was made, as a UTC timestamp; a partial date (YYYY-MM, YYYY) counts from its first day. */
export function asOfTime(asOf: string): number {
  const [y, m = 1, d = 1] = asOf.split('-').map(Number);
  return Date.UTC(y!, m - 1, d);
}

/** The years a claim speaks of: its year, or its period when it describes a span. */
export function spokenYears(c: Claim): { year: number } | { start: number; end: number } | undefined {
  if (c.periodStart !== undefined && c.periodEnd !== undefined) return { start: c.periodStart, end: c.periodEnd };
  if (c.year !== undefined) return { year: c.year };
  return undefined;
}

/** Years between when a claim was said and the year it speaks of (a period counts by its end). */
export function horizonYears(c: Claim): number | undefined {
  if (!spokenYears(c)) return undefined;
  return (c.year ?? c.periodEnd!) - Number(c.asOf.slice(0, 4));
}

function horizonLine(c: Claim, lang: Lang): string[] {
  const n = horizonYears(c);
  if (n === undefined) return [];
  if (n >= 0) return [t(n === 1 ? 'timelineHorizonAheadOne' : 'timelineHorizonAhead', lang, { n })];
  return [t(n === -1 ? 'timelineHorizonBackOne' : 'timelineHorizonBack', lang, { n: -n })];
}

/** A month on the time axis: 2024年1月, or the ISO month 2024-01 in English (zero-padded, a format not a word). */
function monthTick(d: Date, lang: Lang): string {
  const month = d.getUTCMonth() + 1;
  return t('timelineMonthTick', lang, {
    year: d.getUTCFullYear(),
    month: lang === 'en' ? String(month).padStart(2, '0') : month,
  });
}

/** How marks are packed: centre-to-centre distance of dodged points (the symbol's size and a pixel between), rows a pile may take, distance between periods said on one day. */
interface Packing {
  symbolSize: number;
  pointSpacing: number;
  rows: number;
  intervalSpacing: number;
}
const PACKING: Packing = { symbolSize: 12, pointSpacing: 13, rows: 3, intervalSpacing: 10 };
/**
 * On a phone a month is a few pixels wide, and piles three rows high from neighbouring months ran into one
 * another: smaller marks in piles five rows high (still inside a year’s band) take about half the width.
 */
const NARROW_PACKING: Packing = { symbolSize: 9, pointSpacing: 10, rows: 5, intervalSpacing: 8 };

/** Where a claim is drawn: at its true date, and a pixel offset that keeps it clear of its neighbours. */
interface Placed {
  x: number;
  offset: Offset;
  /** Whether it shares its spot with others: then it carries an offset even at [0, 0] (the pile's centre). */
  grouped: boolean;
}

/**
 * One article yields many claims with the same date and year (21 at one spot), which would hide one
 * another. Each stays at its true date and year; the marks of a group are dodged in pixels, as a compact
 * honeycomb (dodgeOffsets) around it, or forward of it for a partial date (the true day is unknown), so
 * every mark can be seen, hovered and clicked at any zoom. Periods said on one day stand side by side.
 */
function dodge(
  items: readonly { c: Claim; y: NonNullable<ReturnType<typeof spokenYears>> }[],
  packing: Packing,
): Placed[] {
  const { pointSpacing, rows, intervalSpacing } = packing;
  // Groups of indices into `items` by date, then by year (a period's group: NaN), and placements in the
  // same order: no string key built per claim and no map keyed by claim id, which at 100,000 claims cost
  // more than the dodging itself.
  const byDate = new Map<string, Map<number, number[]>>();
  items.forEach(({ c, y }, i) => {
    const byYear = byDate.get(c.asOf) ?? new Map<number, number[]>();
    byDate.set(c.asOf, byYear);
    const year = 'year' in y ? y.year : NaN; // periods said on one day overlap whatever their years
    const group = byYear.get(year);
    if (group) group.push(i);
    else byYear.set(year, [i]);
  });
  const placed: Placed[] = new Array<Placed>(items.length);
  for (const [asOf, byYear] of byDate) {
    const partial = asOf.length < 10;
    const x = asOfTime(asOf); // one date per group
    for (const [year, group] of byYear) {
      const offsets: Offset[] = Number.isNaN(year)
        ? group.map((_, i) => [(partial ? i : i - (group.length - 1) / 2) * intervalSpacing, 0])
        : partial
          ? forwardOffsets(dodgeOffsets(group.length, pointSpacing, rows))
          : dodgeOffsets(group.length, pointSpacing, rows);
      group.forEach((item, i) => (placed[item] = { x, offset: offsets[i]!, grouped: group.length > 1 }));
    }
  }
  return placed;
}

/** Timeline: every dated claim at when it was said (x) against the year it speaks of (y); y = x marks the present. */
export function buildTimelineOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  // One pass over the claims, and extremes found by loops: the view takes every claim, 100,000 after a
  // big import, where a second pass or Math.min(...all) cost more than the chart itself.
  const placed: { c: Claim; y: NonNullable<ReturnType<typeof spokenYears>> }[] = [];
  const omitted: Omitted[] = [];
  const noYear = t('timelineOmitNoYear', lang);
  let firstSaid = Infinity;
  let lastSaid = -Infinity;
  let lowSpoken = Infinity;
  let highSpoken = -Infinity;
  for (const c of claims) {
    const y = spokenYears(c);
    if (!y) {
      omitted.push({ claimId: c.id, reason: noYear });
      continue;
    }
    placed.push({ c, y });
    const said = Number(c.asOf.slice(0, 4));
    if (said < firstSaid) firstSaid = said;
    if (said > lastSaid) lastSaid = said;
    const lo = 'year' in y ? y.year : y.start;
    const hi = 'year' in y ? y.year : y.end;
    if (lo < lowSpoken) lowSpoken = lo;
    if (hi > highSpoken) highSpoken = hi;
  }
  const packing = ctx.narrow ? NARROW_PACKING : PACKING;
  const xs = dodge(placed, packing);
  const colors = colorsFor(ctx);
  const bySource = new Map<string, { points: ClaimDatum[]; intervals: Interval[] }>();
  placed.forEach(({ c, y }, i) => {
    const entry = bySource.get(c.sourceId) ?? { points: [], intervals: [] };
    bySource.set(c.sourceId, entry);
    const { x, offset, grouped } = xs[i]!;
    // A pile's centre keeps its [0, 0] offset: an export then numbers it inside its symbol, as its neighbours.
    const size = { symbolSize: packing.symbolSize };
    if ('year' in y)
      entry.points.push(claimDatum(c, [x, y.year], ctx, grouped ? { ...size, symbolOffset: [...offset] } : size));
    else
      entry.intervals.push({
        claimId: c.id,
        low: y.start,
        high: y.end,
        at: x,
        color: colorOf(colors, c.sourceId),
        dashed: KIND_STYLES[c.kind].hollow,
        offset: offset[0],
      });
  });

  // An empty selection still needs axes; any recent year will do.
  const first = placed.length ? firstSaid : 2024;
  const last = (placed.length ? lastSaid : first) + 1;
  const col = chartColors(ctx.dark);
  const series: unknown[] = [];
  for (const [sourceId, { points, intervals }] of bySource) {
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, ctx.lang);
    if (intervals.length)
      series.push({ ...intervalSeries(name, intervals, false), color: colorOf(colors, sourceId), clip: true });
    series.push({ type: 'scatter', name, data: points, color: colorOf(colors, sourceId), z: 3 });
  }
  const diagonalLabel = t('timelineDiagonal', lang);
  // Year Y spans [Y, Y+1) of the time axis, so claims about their own year sit just under this line,
  // and everything above it speaks of a later year: a forecast or a target.
  series.push({
    type: 'line',
    name: diagonalLabel,
    data: [],
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', color: col.muted, width: 1.5 },
      label: { formatter: () => diagonalLabel, position: 'insideEndTop', color: col.muted },
      data: [[{ coord: [Date.UTC(first, 0, 1), first] }, { coord: [Date.UTC(last, 0, 1), last] }]],
    },
  });

  const axis = axisStyle(ctx);
  const base = baseOption(ctx, t('timelineDescription', lang));
  const yMin = Math.floor(Math.min(lowSpoken, first) / 5) * 5;
  const yMax = Math.ceil(Math.max(highSpoken, last) / 5) * 5;
  // The spoken-of years reach back decades while the claims were said within two years; opening on the
  // recent years keeps the diagonal readable, and the slider reaches back to the earliest period.
  const window = { startValue: Math.max(yMin, first - 4), endValue: yMax, filterMode: 'none' as const };
  const option = {
    ...base,
    // Sources only: the diagonal is furniture and should not be hidden from the legend.
    legend: {
      ...(base.legend as object),
      data: [...bySource.keys()].map((id) => sourceLegendName(ctx.sources.get(id), id, lang)),
    },
    // On a phone the y axis goes unnamed (the subtitle names it) and the slider slims, for the plot's width.
    grid: { left: ctx.narrow ? 4 : 36, right: ctx.narrow ? 32 : 56, top: 44, bottom: 36, containLabel: true },
    xAxis: {
      type: 'time',
      min: Date.UTC(first, 0, 1),
      max: Date.UTC(last, 0, 1),
      name: t('timelineAxisSaid', lang),
      nameLocation: 'middle',
      nameGap: 26,
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        hideOverlap: true,
        formatter: (v: number) => monthTick(new Date(v), lang),
      },
    },
    yAxis: {
      type: 'value',
      min: yMin,
      max: yMax,
      name: ctx.narrow ? undefined : t('timelineAxisSpoken', lang),
      nameLocation: 'middle',
      nameGap: 44,
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => String(v) },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'inside', yAxisIndex: 0, ...window },
      { type: 'slider', yAxisIndex: 0, ...window, right: ctx.narrow ? 4 : 8, width: ctx.narrow ? 12 : 16 },
    ],
    tooltip: {
      ...tooltipBase(ctx),
      formatter: claimTooltipFormatter(claims, ctx, (c) => ({ lines: horizonLine(c, lang) })),
    },
    series,
  };
  // No category rows; the card sizes by rows, and a year axis spanning decades needs a tall chart.
  return { option, shown: placed.map(({ c }) => c.id), omitted, hasLogAxis: false, rows: 18 };
}

/** The timeline view: all claims. */
export const timelineView: ViewSpec = {
  id: 'timeline',
  title: { zh: '论断时间线', en: 'Timeline of claims' },
  subtitle: {
    zh: '横轴：发言时间（年月）；纵轴：所谈年份（年）；对角线以上为预测',
    en: 'Across: when it was said (month); up: the year it speaks of (year); above the diagonal: forecasts',
  },
  select: () => true,
  build: buildTimelineOption,
};
