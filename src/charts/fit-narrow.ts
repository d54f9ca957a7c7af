import type { EChartsCoreOption } from 'echarts/core';

type Axis = { type?: string; axisLabel?: { width?: number } & Record<string, unknown> } & Record<string, unknown>;

/**
 * On a phone-width card, row labels sized for a desktop (220–260 px) would leave the plot a sliver.
 * This narrows every category axis's labels (they already truncate with an ellipsis; the tooltip and
 * the table hold the full text). Pure: returns a new option, the input is untouched.
 */
export function fitToNarrow(option: EChartsCoreOption, maxLabelWidth = 110): EChartsCoreOption {
  const fit = (axis: Axis): Axis =>
    axis.type === 'category' && axis.axisLabel?.width !== undefined && axis.axisLabel.width > maxLabelWidth
      ? { ...axis, axisLabel: { ...axis.axisLabel, width: maxLabelWidth } }
      : axis;
  const y = (option as { yAxis?: Axis | Axis[] }).yAxis;
  if (!y) return option;
  return { ...option, yAxis: Array.isArray(y) ? y.map(fit) : fit(y) };
}
