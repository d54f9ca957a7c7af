import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import type { ExportSize } from '../export/presets';

// Its own file: the menu and the panel it loads on demand both take these, and neither imports the other's
// module for them.
/** Props of the per-chart export disclosure. */
export interface ExportMenuProps {
  /** A view id, or a comparison's id: names the files. */
  viewId: string;
  title: string;
  /** The subtitle naming the unit(s). */
  subtitle: string;
  /** The chart's option built with a light theme (dark: false), called only when exporting. */
  buildLightOption: () => EChartsCoreOption;
  /** The claims the chart shows: the footnotes cite their sources. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  /** The chart's size on screen, offered as a preset; without it the live chart's size is read on opening. */
  screenSize?: ExportSize;
}
