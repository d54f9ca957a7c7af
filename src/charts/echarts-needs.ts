import type { EChartsCoreOption } from 'echarts/core';

/**
 * What of ECharts an option uses, split into the part that ships with the first chart and the part loaded
 * on demand. The first chart on the page (the comparison) draws scatter and custom series on grids with
 * a legend, titles, tooltips and decals; lines, bars, mark lines/points and the timeline's zoom bar are
 * used further down and load (as one small chunk) when the first chart that needs them comes near.
 */
export const EAGER_SERIES = ['scatter', 'custom'] as const;
export const EAGER_COMPONENTS = ['grid', 'xAxis', 'yAxis', 'legend', 'tooltip', 'aria', 'title'] as const;
export const EXTRA_SERIES = ['line', 'bar'] as const;
export const EXTRA_COMPONENTS = ['dataZoom'] as const;
export const EXTRA_SERIES_PARTS = ['markLine', 'markPoint'] as const;

/** Option keys that are settings, not components. */
const SETTINGS = new Set(['series', 'backgroundColor', 'textStyle', 'animation', 'color']);

type Dict = Record<string, unknown>;
const asList = (v: unknown): Dict[] => (Array.isArray(v) ? v : v == null ? [] : [v]) as Dict[];

/** Series types, components and series parts (markLine…) an option uses. */
export function usedByOption(option: EChartsCoreOption): { series: string[]; components: string[]; parts: string[] } {
  const o = option as Dict;
  const series = asList(o['series']);
  return {
    series: [...new Set(series.map((s) => String(s['type'])))],
    components: Object.keys(o).filter((k) => o[k] != null && !SETTINGS.has(k)),
    parts: EXTRA_SERIES_PARTS.filter((p) => series.some((s) => s[p] != null)),
  };
}

/** Whether an option needs the on-demand part of ECharts before it can be drawn. */
export function needsExtras(option: EChartsCoreOption): boolean {
  const used = usedByOption(option);
  return (
    used.parts.length > 0 ||
    used.series.some((s) => (EXTRA_SERIES as readonly string[]).includes(s)) ||
    used.components.some((c) => (EXTRA_COMPONENTS as readonly string[]).includes(c))
  );
}
