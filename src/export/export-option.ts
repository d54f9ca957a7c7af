import type { EChartsCoreOption } from 'echarts/core';
import { FONT_FAMILY } from '../charts/base-option';

/** The background of a light export; slides and documents are light even when the page is dark. */
export const LIGHT_BACKGROUND = '#ffffff';

/** How the exported chart is painted. */
export interface ExportOptionSettings {
  /** No background at all, for placing the figure on a coloured slide. */
  transparent: boolean;
}

type Component = Record<string, unknown>;

/** Applies `f` to a component option given as one object or a list of them. */
function mapComponents(value: unknown, f: (c: Component) => Component): unknown {
  if (Array.isArray(value)) return value.map((c: unknown) => (isObject(c) ? f(c) : c));
  return isObject(value) ? f(value) : value;
}

function isObject(v: unknown): v is Component {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A view's light-theme option made fit for a still image: no animation (the image is taken once, at the
 * end), no tooltip, no slider or toolbox drawn (their zoom window still applies), the page's CJK-capable
 * font on all text, and a white background or none. The input is not modified.
 */
export function toExportOption(option: EChartsCoreOption, { transparent }: ExportOptionSettings): EChartsCoreOption {
  const textStyle = isObject(option.textStyle) ? option.textStyle : {};
  const out: EChartsCoreOption = {
    ...option,
    animation: false,
    backgroundColor: transparent ? 'transparent' : LIGHT_BACKGROUND,
    textStyle: { ...textStyle, fontFamily: FONT_FAMILY },
    tooltip: { show: false },
    series: mapComponents(option.series, (s) => ({ ...s, animation: false })),
  };
  if (option.dataZoom !== undefined)
    out.dataZoom = mapComponents(option.dataZoom, (dz) => (dz.type === 'slider' ? { ...dz, show: false } : dz));
  if (option.toolbox !== undefined) out.toolbox = mapComponents(option.toolbox, (t) => ({ ...t, show: false }));
  return out;
}
