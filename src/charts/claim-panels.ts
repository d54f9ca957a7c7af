import type { Claim } from '../data/claim';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { axisStyle, claimDatum, colorsFor, sourceLegendName, type ClaimDatum, colorOf } from './base-option';
import { intervalSeries, type Interval } from './interval-series';
import { chartColors, KIND_STYLES } from './palette';
import type { ViewContext } from './view-types';
import { rowLabelStyle } from './row-label';

/*
 * Claims as small multiples: one panel per unit, one row per claim, so figures in different units never
 * share a value axis. Two layouts share the rows, axes and series below:
 * - layoutPanels fills a whole chart (cost-price, model-landscape, adoption-other): bold headings, value
 *   labels on ranges too, optional rows the view draws itself and reference lines, its own legend list;
 * - stackPanels fits compact panels into a band of a chart (market-size, power-energy, and the chip panel
 *   under compute-capacity's own chart): muted headings, the year in row labels, ranges unlabelled.
 */

/** One row of a panel: a claim at a point, or over a range, in the panel's axis unit. */
export interface PanelRow {
  claim: Claim;
  /** A point, or [low, high] for a range. */
  at: number | readonly [number, number];
}

/** A small multiple: one value axis in one unit, one row per claim. */
export interface Panel {
  /** Heading that names the unit. */
  title: string;
  rows: PanelRow[];
  log: boolean;
  format: (n: number) => string;
  min?: number;
  max?: number;
}

/** Axis indices a series must carry to land in its panel. */
export interface PanelAxes {
  xAxisIndex: number;
  yAxisIndex: number;
}

/** A row the view draws itself (e.g. a stacked bar of shares), placed above the claim rows. */
export interface CustomRow {
  label: string;
  claimIds: string[];
  /** Series named by source, so the legend toggles them with that source's points. */
  series: (axes: PanelAxes, row: number) => ({ name: string } & Record<string, unknown>)[];
}

/** A panel of a chart made only of panels (layoutPanels): it may add rows of its own and reference lines. */
export interface FullPanel extends Panel {
  custom?: CustomRow[];
  /** Reference lines on the value axis (parity, a limit), drawn whatever the legend hides. */
  refs?: { at: number; label: string }[];
}

/** A claim's point or range, multiplied by `scale` (e.g. a ratio shown as percent). */
export function rowOf(c: Claim, scale = 1): PanelRow | undefined {
  if (c.value !== undefined) return { claim: c, at: c.value * scale };
  if (c.valueLow !== undefined && c.valueHigh !== undefined)
    return { claim: c, at: [c.valueLow * scale, c.valueHigh * scale] };
  return undefined;
}

/** The rows of the claims that have a figure, in their order. */
export const rowsOf = (claims: readonly Claim[]): PanelRow[] => claims.flatMap((c) => rowOf(c) ?? []);

/** Whether a claim has a figure a panel can draw: a point, or both ends of a range. */
export const hasFigure = (c: Claim): boolean => rowOf(c) !== undefined;

const mid = (r: PanelRow) => (typeof r.at === 'number' ? r.at : (r.at[0] + r.at[1]) / 2);
/** Rows largest first, so each panel reads as a ranking from the top. */
export const byValueDesc = (a: PanelRow, b: PanelRow) => mid(b) - mid(a);

/** Whether positive values spread over an order of magnitude, where only a log axis shows them all. */
export function spansDecade(values: readonly number[]): boolean {
  const pos = values.filter((v) => v > 0);
  return pos.length > 1 && Math.max(...pos) / Math.min(...pos) >= 10;
}

type AxisStyle = ReturnType<typeof axisStyle>;

const heading = (text: string, top: number, color: string) => ({
  text,
  top: `${top}%`,
  left: 8,
  textStyle: { fontSize: 12, fontWeight: 'bold', color },
});

const valueAxis = (p: Panel, gridIndex: number, axis: AxisStyle) => ({
  gridIndex,
  type: p.log ? 'log' : 'value',
  min: p.min,
  max: p.max,
  ...axis,
  axisLabel: { ...axis.axisLabel, formatter: p.format, hideOverlap: true },
});

/** One category per row, the first at the top. */
const rowAxis = (labels: string[], gridIndex: number, axis: AxisStyle) => ({
  gridIndex,
  type: 'category',
  inverse: true,
  data: labels,
  ...axis,
  axisLabel: { ...axis.axisLabel, ...rowLabelStyle(220) },
  splitLine: { show: false },
});

/** The value printed right of a point. */
const valueLabel = (formatter: string | (() => string), color: string) => ({
  show: true,
  position: 'right',
  formatter,
  color,
  fontSize: 11,
});

/** A source's marks in one panel: its points, and its ranges (drawn as intervals). */
interface SourceMarks {
  points: ClaimDatum[];
  intervals: Interval[];
}

/** Each source's marks in one panel, in the order the sources first appear (that is the legend's order). */
type MarksBySource = Map<string, SourceMarks>;

function marksOf(all: MarksBySource, sourceId: string): SourceMarks {
  const marks = all.get(sourceId) ?? { points: [], intervals: [] };
  all.set(sourceId, marks);
  return marks;
}

const rangeInterval = (c: Claim, [low, high]: readonly [number, number], at: number, colors: ReadonlyMap<string, string>) => ({
  claimId: c.id,
  low,
  high,
  at,
  color: colorOf(colors, c.sourceId),
  dashed: KIND_STYLES[c.kind].hollow,
});

/** One interval series and one scatter series per source, on the panel's axes; and the legend names. */
function seriesOf(marks: MarksBySource, axes: PanelAxes, ctx: ViewContext, colors: ReadonlyMap<string, string>) {
  const series: unknown[] = [];
  const names: string[] = [];
  for (const [sourceId, { points, intervals }] of marks) {
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, ctx.lang);
    const on = { ...axes, color: colorOf(colors, sourceId) };
    names.push(name);
    if (intervals.length) series.push({ ...intervalSeries(name, intervals, true), ...on });
    if (points.length) series.push({ type: 'scatter', name, data: points, ...on, z: 3 });
  }
  return { series, names };
}

/** A dashed reference line across a panel, labelled at its top end. */
function refSeries(ref: { at: number; label: string }, axes: PanelAxes, muted: string) {
  return {
    type: 'line',
    name: ref.label,
    data: [],
    ...axes,
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', color: muted, width: 1 },
      // At the line's top end (the category axis is inverse, so that is its start), level: rotated along a short panel's line it would not fit.
      label: { formatter: () => ref.label, position: 'start', color: muted, fontSize: 10 },
      data: [{ xAxis: ref.at }],
    },
  };
}

const TOP = 7; // % reserved for the legend
const BOTTOM = 2;
const TITLE = 3.2; // % between a panel's heading and its grid

/** Lays panels out top to bottom over the whole chart, each with its own grid and value axis; returns option parts and shown ids. */
export function layoutPanels(panels: readonly FullPanel[], ctx: ViewContext) {
  const colors = colorsFor(ctx);
  const c = chartColors(ctx.dark);
  const axis = axisStyle(ctx);
  const used = panels.filter((p) => p.rows.length + (p.custom?.length ?? 0) > 0);
  // Height in proportion to rows, plus room for the heading and the value axis.
  const weights = used.map((p) => p.rows.length + (p.custom?.length ?? 0) + 2.2);
  const total = weights.reduce((a, b) => a + b, 0);
  const title: unknown[] = [];
  const grid: unknown[] = [];
  const xAxis: unknown[] = [];
  const yAxis: unknown[] = [];
  const series: unknown[] = [];
  const shown: string[] = [];
  const legend = new Set<string>();
  let top = TOP;
  used.forEach((p, i) => {
    const height = ((100 - TOP - BOTTOM) * weights[i]!) / total;
    const axes = { xAxisIndex: i, yAxisIndex: i };
    const custom = p.custom ?? [];
    title.push(heading(p.title, top, c.text));
    grid.push({ left: 12, right: 120, top: `${top + TITLE}%`, height: `${height - TITLE - 1}%`, containLabel: true });
    top += height;
    xAxis.push(valueAxis(p, i, axis));
    const labels = p.rows.map((r) => (ctx.lang === 'zh' ? r.claim.labelZh : r.claim.labelEn));
    yAxis.push({ ...rowAxis([...custom.map((r) => r.label), ...labels], i, axis), axisTick: { show: false } });
    custom.forEach((r, j) => {
      const own = r.series(axes, j);
      own.forEach((s) => legend.add(s.name));
      series.push(...own);
      shown.push(...r.claimIds);
    });
    const marks: MarksBySource = new Map();
    p.rows.forEach(({ claim: cl, at }, j) => {
      const row = custom.length + j;
      const own = marksOf(marks, cl.sourceId);
      const label = valueLabel(() => formatClaimValue(cl, ctx.lang), c.muted);
      if (typeof at === 'number') own.points.push(claimDatum(cl, [at, row], ctx, { label }));
      else {
        own.intervals.push(rangeInterval(cl, at, row, colors));
        // The interval series draws no text, so an invisible point at its upper end carries the value label.
        own.points.push(claimDatum(cl, [at[1], row], ctx, { symbolSize: 0, label }));
      }
      shown.push(cl.id);
    });
    const bySource = seriesOf(marks, axes, ctx, colors);
    bySource.names.forEach((name) => legend.add(name));
    series.push(...bySource.series);
    for (const ref of p.refs ?? []) series.push(refSeries(ref, axes, c.muted));
  });
  // rows: what the card sizes the chart by, counting each panel's heading and axis as rows too.
  return {
    title,
    grid,
    xAxis,
    yAxis,
    series,
    shown: [...new Set(shown)],
    legendNames: [...legend],
    rows: Math.round(total),
  };
}

/** The vertical band (percent of the chart's height) a stack of panels fills. */
export interface Band {
  top: number;
  bottom: number;
}

/** Row label: the claim's label, with its year when the label does not already say it. */
function rowLabel(c: Claim, lang: Lang): string {
  const label = lang === 'zh' ? c.labelZh : c.labelEn;
  return c.year !== undefined && !label.includes(String(c.year)) ? `${label} · ${c.year}` : label;
}

/** Rows a stacked panel needs: its claims plus room for its heading and axis labels. */
export const panelRows = (p: Panel): number => p.rows.length + 1.6;

/**
 * Grids, axes, headings and series of compact panels stacked top to bottom in `band`. Axis and grid
 * indices start at `first`, so a view can put its own chart above.
 */
export function stackPanels(
  panels: readonly Panel[],
  ctx: ViewContext,
  band: Band = { top: 8, bottom: 98 },
  first = 0,
) {
  const axis = axisStyle(ctx);
  const colors = colorsFor(ctx);
  const muted = chartColors(ctx.dark).muted;
  const unit = (band.bottom - band.top) / panels.reduce((sum, p) => sum + panelRows(p), 0);
  const grid: unknown[] = [];
  const xAxis: unknown[] = [];
  const yAxis: unknown[] = [];
  const title: unknown[] = [];
  const series: unknown[] = [];
  let y = band.top;
  panels.forEach((p, i) => {
    const k = first + i;
    title.push(heading(p.title, y, muted));
    grid.push({
      left: 12,
      right: 72,
      top: `${y + 0.6 * unit}%`,
      height: `${(p.rows.length + 0.6) * unit}%`,
      containLabel: true,
    });
    y += panelRows(p) * unit;
    xAxis.push(valueAxis(p, k, axis));
    const labels = p.rows.map((r) => rowLabel(r.claim, ctx.lang));
    yAxis.push(rowAxis(labels, k, axis));
    const marks: MarksBySource = new Map();
    p.rows.forEach(({ claim: c, at }, row) => {
      const own = marksOf(marks, c.sourceId);
      if (typeof at === 'number')
        own.points.push(claimDatum(c, [at, row], ctx, { label: valueLabel(formatClaimValue(c, ctx.lang), muted) }));
      else own.intervals.push(rangeInterval(c, at, row, colors));
    });
    series.push(...seriesOf(marks, { xAxisIndex: k, yAxisIndex: k }, ctx, colors).series);
  });
  return { grid, xAxis, yAxis, title, series };
}
