import type { EChartsCoreOption } from 'echarts/core';

/**
 * What of ECharts an option uses, split into the part that ships with the first chart and the part loaded
 * on demand. The first chart on the page (the comparison) draws scatter and custom series on grids with a
 * legend, titles and decals; that ships eagerly. Lines, bars, mark lines/points, the timeline's zoom bar
 * and the tooltip come as one chunk ("extras"), loaded when a chart needs it.
 *
 * Two kinds of need: a chart with lines, bars, markers or zoom cannot be drawn without them (its instance
 * must also be created after they are registered: ECharts fixes an instance's processors when it is
 * created). The tooltip only adds hovering, so a chart draws at once and gains it when the chunk arrives.
 */
export const EAGER_SERIES = ['scatter', 'custom'] as const;
export const EAGER_COMPONENTS = ['grid', 'xAxis', 'yAxis', 'legend', 'aria', 'title'] as const;
export const EXTRA_SERIES = ['line', 'bar'] as const;
export const EXTRA_COMPONENTS = ['dataZoom', 'tooltip'] as const;
export const EXTRA_SERIES_PARTS = ['markLine', 'markPoint'] as const;
/** Extras a chart can be drawn without, and gains when they load. */
const ENHANCEMENTS = new Set<string>(['tooltip']);

/** Option keys that are settings, not components. */
const SETTINGS = new Set(['series', 'backgroundColor', 'textStyle', 'animation', 'color', 'darkMode']);

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

/** How an option depends on the on-demand part of ECharts. */
export type ExtrasNeed = 'none' | 'enhance' | 'draw';

/** Whether an option needs the extras to be drawn at all ('draw'), only for hovering ('enhance'), or not. */
export function extrasNeed(option: EChartsCoreOption): ExtrasNeed {
  const used = usedByOption(option);
  const isExtra = (list: readonly string[], x: string) => list.includes(x);
  if (
    used.parts.length > 0 ||
    used.series.some((s) => isExtra(EXTRA_SERIES, s)) ||
    used.components.some((c) => isExtra(EXTRA_COMPONENTS, c) && !ENHANCEMENTS.has(c))
  )
    return 'draw';
  return used.components.some((c) => ENHANCEMENTS.has(c)) ? 'enhance' : 'none';
}
