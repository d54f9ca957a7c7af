import type { EChartsCoreOption } from 'echarts/core';
import { rowLabelStyle } from './row-label';

type Axis = { type?: string; axisLabel?: { width?: number } & Record<string, unknown> } & Record<string, unknown>;
type Datum = { label?: { show?: boolean; position?: unknown } & Record<string, unknown> } & Record<string, unknown>;
type Series = { type?: string; data?: unknown[] } & Record<string, unknown>;

/**
 * On a phone-width card, row labels sized for a desktop (220–260 px) would leave the plot a sliver.
 * This narrows every category axis's labels (rewrapped to two lines at the new width, then cut with an
 * ellipsis; the tooltip and the table hold the full text), and drops labels written inside bar segments (the model mix), which
 * on a plot that narrow spill over the row label and each other; the tooltip gives the same figure.
 * Pure: returns a new option, the input is untouched.
 */
export function fitToNarrow(option: EChartsCoreOption, maxLabelWidth = 110): EChartsCoreOption {
  const fit = (axis: Axis): Axis =>
    axis.type === 'category' && axis.axisLabel?.width !== undefined && axis.axisLabel.width > maxLabelWidth
      ? { ...axis, axisLabel: { ...axis.axisLabel, ...rowLabelStyle(maxLabelWidth) } }
      : axis;
  const insideOff = (d: unknown): unknown => {
    const datum = d as Datum;
    return datum && typeof datum === 'object' && datum.label?.position === 'inside'
      ? { ...datum, label: { ...datum.label, show: false } }
      : d;
  };
  const quiet = (s: Series): Series =>
    s.type === 'bar' && Array.isArray(s.data) && s.data.some((d) => insideOff(d) !== d)
      ? { ...s, data: s.data.map(insideOff) }
      : s;
  const o = option as { yAxis?: Axis | Axis[]; series?: Series | Series[] };
  const y = o.yAxis;
  const series = o.series;
  if (!y && !series) return option;
  return {
    ...option,
    ...(y ? { yAxis: Array.isArray(y) ? y.map(fit) : fit(y) } : {}),
    ...(series ? { series: Array.isArray(series) ? series.map(quiet) : quiet(series) } : {}),
  };
}
