import type { EChartsCoreOption } from 'echarts/core';

/**
 * An option as the page draws it, and as the build draws its picture (the same function, so the two
 * cannot drift apart). No animation: analysts read values, and a replayed 1 s transition on every filter
 * change is time spent looking at positions that are not the data (exports are still, too). Until the
 * tooltip code has arrived (`enhanced` false) the option goes without its tooltip, absent rather than
 * undefined: ECharts warns about any key it cannot draw. The generated description becomes the chart's
 * aria label description. Pure: returns a new option.
 */
export function stillOption(
  option: EChartsCoreOption,
  { enhanced, description }: { enhanced: boolean; description?: string },
): EChartsCoreOption {
  const o: Record<string, unknown> = { ...option, animation: false };
  if (!enhanced) delete o['tooltip'];
  if (description) {
    const aria = (o['aria'] ?? {}) as { label?: Record<string, unknown> };
    o['aria'] = { ...aria, label: { ...aria.label, enabled: true, description } };
  }
  return o as EChartsCoreOption;
}
