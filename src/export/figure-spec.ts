import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { footnotesFor } from './footnotes';
import { sizeAroundChart, type ExportMeta, type ExportSize } from './layout';

/** Everything needed to draw one exported figure. */
export interface FigureSpec {
  viewId: string;
  title: string;
  subtitle: string;
  /** The view's option built with a light theme (dark: false), whatever the page shows. */
  option: EChartsCoreOption;
  /** The claims the chart shows: the footnotes cite their sources. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  size: ExportSize;
  pixelRatio: number;
  transparent: boolean;
  /** A fixed chart zoom (1 for the on-screen size); by default the chart grows with the figure. */
  chartZoom?: number;
  /** The dataset version, named on the dataset line. */
  datasetVersion?: string;
}

/** The dataset line of a figure's footer: the dataset, its file and, when known, its version. */
export function datasetLineOf(lang: Lang, version?: string): string {
  return version ? t('datasetLineVersion', lang, { version }) : t('datasetLine', lang);
}

/** The texts of a figure: its titles, a footnote per source it shows, and the dataset line. */
export function figureMeta(
  spec: Pick<FigureSpec, 'title' | 'subtitle' | 'claims' | 'sources' | 'lang' | 'datasetVersion'>,
): ExportMeta {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    footnotes: footnotesFor(spec.claims, spec.sources, spec.lang),
    datasetLine: datasetLineOf(spec.lang, spec.datasetVersion),
  };
}

/** The figure size for the "on-screen size" preset: the chart as big as on screen, header and footer added. */
export function screenFigureSize(chart: ExportSize, spec: Parameters<typeof figureMeta>[0]): ExportSize {
  return sizeAroundChart(chart, figureMeta(spec));
}
