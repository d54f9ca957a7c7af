import type { Claim } from '../data/claim';
import { formatClaimValue } from '../domain/format-number';
import { axisStyle, claimDatum, colorsFor, sourceLegendName, type ClaimDatum } from './base-option';
import { intervalSeries, type Interval } from './interval-series';
import { chartColors, KIND_STYLES } from './palette';
import type { ViewContext } from './view-types';

/*
 * Small multiples shared by the cost-price, model-landscape and adoption-other views: one grid per unit,
 * one row per claim, so figures in different units never share an axis. (Named after the view that
 * needed it first; it holds nothing specific to costs.)
 */

/** One row of a panel: a claim at a point, or over a range, in the panel's axis unit. */
export interface PanelRow {
  claim: Claim;
  /** A point, or [low, high] for a range. */
  at: number | readonly [number, number];
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

/** A small multiple: one value axis in one unit, one row per claim. */
export interface Panel {
  /** Heading that names the unit. */
  title: string;
  rows: PanelRow[];
  custom?: CustomRow[];
  log: boolean;
  format: (n: number) => string;
  min?: number;
  max?: number;
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

const mid = (r: PanelRow) => (typeof r.at === 'number' ? r.at : (r.at[0] + r.at[1]) / 2);
/** Rows largest first, so each panel reads as a ranking from the top. */
export const byValueDesc = (a: PanelRow, b: PanelRow) => mid(b) - mid(a);

const TOP = 7; // % reserved for the legend
const BOTTOM = 2;
const TITLE = 3.2; // % between a panel's heading and its grid

/** Lays panels out top to bottom, each with its own grid and value axis; returns option parts and shown ids. */
export function layoutPanels(panels: readonly Panel[], ctx: ViewContext) {
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
    title.push({
      text: p.title,
      top: `${top}%`,
      left: 8,
      textStyle: { fontSize: 12, fontWeight: 'bold', color: c.text },
    });
    grid.push({ left: 12, right: 120, top: `${top + TITLE}%`, height: `${height - TITLE - 1}%`, containLabel: true });
    top += height;
    xAxis.push({
      gridIndex: i,
      type: p.log ? 'log' : 'value',
      min: p.min,
      max: p.max,
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: p.format, hideOverlap: true },
    });
    yAxis.push({
      gridIndex: i,
      type: 'category',
      inverse: true,
      data: [
        ...custom.map((r) => r.label),
        ...p.rows.map((r) => (ctx.lang === 'zh' ? r.claim.labelZh : r.claim.labelEn)),
      ],
      ...axis,
      axisTick: { show: false },
      axisLabel: { ...axis.axisLabel, width: 220, overflow: 'truncate' },
      splitLine: { show: false },
    });
    custom.forEach((r, j) => {
      const own = r.series(axes, j);
      own.forEach((s) => legend.add(s.name));
      series.push(...own);
      shown.push(...r.claimIds);
    });
    const bySource = new Map<string, { points: ClaimDatum[]; intervals: Interval[] }>();
    p.rows.forEach((r, j) => {
      const row = custom.length + j;
      const cl = r.claim;
      const entry = bySource.get(cl.sourceId) ?? { points: [], intervals: [] };
      bySource.set(cl.sourceId, entry);
      const label = {
        show: true,
        position: 'right',
        formatter: () => formatClaimValue(cl, ctx.lang),
        color: c.muted,
        fontSize: 11,
      };
      if (typeof r.at === 'number') entry.points.push(claimDatum(cl, [r.at, row], ctx, { label }));
      else {
        const [low, high] = r.at;
        entry.intervals.push({
          claimId: cl.id,
          low,
          high,
          at: row,
          color: colors.get(cl.sourceId) ?? '#777',
          dashed: KIND_STYLES[cl.kind].hollow,
        });
        // The interval series draws no text, so an invisible point at its upper end carries the value label.
        entry.points.push(claimDatum(cl, [high, row], ctx, { symbolSize: 0, label }));
      }
      shown.push(cl.id);
    });
    for (const [sourceId, { points, intervals }] of bySource) {
      const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, ctx.lang);
      legend.add(name);
      if (intervals.length)
        series.push({ ...intervalSeries(name, intervals, true), ...axes, color: colors.get(sourceId) });
      series.push({ type: 'scatter', name, data: points, ...axes, color: colors.get(sourceId), z: 3 });
    }
    for (const ref of p.refs ?? []) {
      series.push({
        type: 'line',
        name: ref.label,
        data: [],
        ...axes,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: c.muted, width: 1 },
          // At the line's top end (the category axis is inverse, so that is its start), level: rotated along a short panel's line it would not fit.
          label: { formatter: () => ref.label, position: 'start', color: c.muted, fontSize: 10 },
          data: [{ xAxis: ref.at }],
        },
      });
    }
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
