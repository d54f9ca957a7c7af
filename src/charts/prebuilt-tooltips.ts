import type { EChartsCoreOption } from 'echarts/core';

/**
 * A chart's tooltips written out ahead of time, for one or more drawings of it (a wide and a narrow
 * picture): `html` holds each distinct tooltip once (a claim drawn twice, as a point and as its range, or
 * in both pictures, shares one); `at[drawing]` says which one belongs to the mark of series `s` and data
 * item `d` ("s:d", the indices ECharts' SSR writes on its SVG marks as ecmeta_series_index and
 * ecmeta_data_index).
 */
export interface PrebuiltTooltips {
  html: string[];
  at: Record<string, Record<string, number>>;
}

interface SeriesLike {
  name?: unknown;
  silent?: unknown;
  tooltip?: { show?: unknown };
  data?: unknown;
}

type Formatter = (params: unknown) => unknown;

/**
 * What the option's own tooltip formatter returns for every data item, called as ECharts calls it for an
 * item-triggered tooltip (the fields our formatters read: data, name, seriesName and the indices). The
 * build uses it so a prerendered picture answers the pointer with exactly the tooltip the page will show.
 * Items of silent series, or of series whose tooltip is off, have none; neither has a chart whose
 * formatter is not a function.
 */
export function prebuiltTooltips(drawings: Record<string, EChartsCoreOption>): PrebuiltTooltips {
  const out: PrebuiltTooltips = { html: [], at: {} };
  const seen = new Map<string, number>();
  for (const [drawing, option] of Object.entries(drawings)) out.at[drawing] = tooltipsOf(option, out.html, seen);
  return out;
}

/** One option's marks → indices into `pool` (extended with tooltips not yet in it; `seen` indexes it). */
function tooltipsOf(option: EChartsCoreOption, pool: string[], seen: Map<string, number>): Record<string, number> {
  const tooltip = (option as { tooltip?: { formatter?: unknown; show?: unknown } }).tooltip;
  const formatter = tooltip?.formatter;
  const at: Record<string, number> = {};
  if (typeof formatter !== 'function' || tooltip?.show === false) return at;
  const series = (option as { series?: unknown }).series;
  const list: SeriesLike[] = Array.isArray(series) ? series : series ? [series as SeriesLike] : [];
  list.forEach((s, seriesIndex) => {
    if (s.silent === true || s.tooltip?.show === false || !Array.isArray(s.data)) return;
    s.data.forEach((data: unknown, dataIndex: number) => {
      const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined;
      const html = (formatter as Formatter)({
        componentType: 'series',
        seriesIndex,
        dataIndex,
        data,
        name: typeof name === 'string' ? name : '',
        seriesName: typeof s.name === 'string' ? s.name : '',
      });
      if (typeof html !== 'string' || html === '') return;
      let index = seen.get(html);
      if (index === undefined) {
        index = pool.push(html) - 1;
        seen.set(html, index);
      }
      at[`${seriesIndex}:${dataIndex}`] = index;
    });
  });
  return at;
}
