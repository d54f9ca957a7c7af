import type { Claim } from '../data/claim';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { axisStyle, claimDatum, colorsFor, sourceLegendName } from './base-option';
import { intervalSeries, type Interval } from './interval-series';
import { chartColors, KIND_STYLES } from './palette';
import type { ViewContext } from './view-types';

// Small multiples shared by the power-energy, market-size and compute-capacity views: one horizontal panel
// per unit, so no two units ever share a value axis.

/** One panel: a heading naming the unit, its claims (one row each, top to bottom), how its axis reads. */
export interface Panel {
  title: string;
  claims: readonly Claim[];
  /** The claim's value on this panel's axis, when the axis is in another unit than the claim. */
  convert?: (v: number) => number;
  log: boolean;
  min?: number;
  max?: number;
  format: (v: number) => string;
}

/** The vertical band (percent of the chart's height) a stack of panels fills. */
export interface Band {
  top: number;
  bottom: number;
}

/** Whether positive values spread over an order of magnitude, where only a log axis shows them all. */
export function spansDecade(values: readonly number[]): boolean {
  const pos = values.filter((v) => v > 0);
  return pos.length > 1 && Math.max(...pos) / Math.min(...pos) >= 10;
}

/** Whether a claim has a figure a panel can draw: a point, or both ends of a range. */
export const hasFigure = (c: Claim): boolean =>
  c.value !== undefined || (c.valueLow !== undefined && c.valueHigh !== undefined);

/** Row label: the claim's label, with its year when the label does not already say it. */
function rowLabel(c: Claim, lang: Lang): string {
  const label = lang === 'zh' ? c.labelZh : c.labelEn;
  return c.year !== undefined && !label.includes(String(c.year)) ? `${label} · ${c.year}` : label;
}

/** Rows a panel needs: its claims plus room for its heading and axis labels. */
export const panelRows = (p: Panel): number => p.claims.length + 1.6;

/**
 * Grids, axes, headings and series of panels stacked top to bottom. Axis and grid indices start at
 * `first`, so a view can put its own panel above. Points carry claimId (claimDatum); ranges are intervals.
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
    title.push({ text: p.title, top: `${y}%`, left: 8, textStyle: { fontSize: 12, fontWeight: 'bold', color: muted } });
    grid.push({
      left: 12,
      right: 72,
      top: `${y + 0.6 * unit}%`,
      height: `${(p.claims.length + 0.6) * unit}%`,
      containLabel: true,
    });
    y += panelRows(p) * unit;
    xAxis.push({
      type: p.log ? 'log' : 'value',
      gridIndex: k,
      min: p.min,
      max: p.max,
      ...axis,
      axisLabel: { ...axis.axisLabel, formatter: p.format, hideOverlap: true },
    });
    yAxis.push({
      type: 'category',
      gridIndex: k,
      inverse: true,
      data: p.claims.map((c) => rowLabel(c, ctx.lang)),
      ...axis,
      axisLabel: { ...axis.axisLabel, width: 220, overflow: 'truncate' },
      splitLine: { show: false },
    });
    const convert = p.convert ?? ((v: number) => v);
    const bySource = new Map<string, { points: ReturnType<typeof claimDatum>[]; intervals: Interval[] }>();
    p.claims.forEach((c, row) => {
      const entry = bySource.get(c.sourceId) ?? { points: [], intervals: [] };
      bySource.set(c.sourceId, entry);
      const color = colors.get(c.sourceId) ?? '#777';
      if (c.value !== undefined) {
        const label = {
          show: true,
          position: 'right',
          formatter: formatClaimValue(c, ctx.lang),
          color: muted,
          fontSize: 11,
        };
        entry.points.push(claimDatum(c, [convert(c.value), row], ctx, { label }));
      } else if (c.valueLow !== undefined && c.valueHigh !== undefined) {
        const [low, high] = [convert(c.valueLow), convert(c.valueHigh)];
        entry.intervals.push({ claimId: c.id, low, high, at: row, color, dashed: KIND_STYLES[c.kind].hollow });
      }
    });
    for (const [sourceId, { points, intervals }] of bySource) {
      const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, ctx.lang);
      const on = { xAxisIndex: k, yAxisIndex: k, color: colors.get(sourceId) };
      if (intervals.length) series.push({ ...intervalSeries(name, intervals, true), ...on });
      if (points.length) series.push({ type: 'scatter', name, data: points, z: 3, ...on });
    }
  });
  return { grid, xAxis, yAxis, title, series };
}
