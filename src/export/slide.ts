import type { EChartsCoreOption } from 'echarts/core';
import { buildView } from '../charts/build-views';
import { fitToNarrow } from '../charts/fit-narrow';
import { shownOf, type ViewContext, type ViewSpec } from '../charts/view-types';
import type { Claim } from '../data/claim';
import { figureMeta } from './figure-spec';
import { markersByClaim, withFootnoteMarkers } from './footnote-markers';
import { exportLayout, type ExportLayout, type ExportMeta, type ExportSize } from './layout';
import { estimateTextWidth, type MeasureText } from '../domain/text-measure';

/** One slide of presentation mode: a view drawn as its exported figure would be, at the screen's size. */
export interface Slide {
  viewId: string;
  /** The view's light option (slides are light, as exports are), or undefined when the view failed. */
  option?: EChartsCoreOption;
  error?: string;
  /** The claims the chart shows: the footnotes and the quotes are theirs. */
  claims: Claim[];
  meta: ExportMeta;
  /** Where title, chart and footnotes go; undefined when the screen is too small for the export layout. */
  layout?: ExportLayout;
}

/** Slides this wide or narrower are laid out as a phone's cards are. */
const NARROW = 640;

/** The largest size the export layout takes, whole pixels within what it accepts. */
export function slideSize(width: number, height: number): ExportSize {
  const clamp = (v: number) => Math.max(200, Math.min(4000, Math.round(v)));
  return { width: clamp(width), height: clamp(height) };
}

/**
 * A view as a slide: built from the page's claims with a light theme, its texts (title, unit, one numbered
 * footnote per source, the dataset line with its version) and the export layout at the given size. As in
 * an exported figure, each claim's mark carries its footnote's marker: an audience cannot hover. Pure.
 */
export function buildSlide(
  spec: ViewSpec,
  claims: readonly Claim[],
  ctx: ViewContext,
  size: ExportSize,
  measure: MeasureText = estimateTextWidth,
  datasetVersion?: string,
): Slide {
  const built = buildView(spec, claims, { ...ctx, dark: false, narrow: size.width <= NARROW });
  const ok = !(built.result instanceof Error);
  const shown = built.result instanceof Error ? [] : shownOf(built.claims, built.result.shown);
  const meta = figureMeta({
    title: spec.title[ctx.lang],
    subtitle: spec.subtitle[ctx.lang],
    claims: shown,
    sources: ctx.sources,
    lang: ctx.lang,
    datasetVersion,
  });
  let layout: ExportLayout | undefined;
  try {
    layout = exportLayout(slideSize(size.width, size.height), meta, measure);
  } catch {
    layout = undefined; // too small a screen for these footnotes: the slide flows instead
  }
  return {
    viewId: spec.id,
    // A phone-width slide narrows row labels as a phone-width card does.
    option:
      built.result instanceof Error
        ? undefined
        : withFootnoteMarkers(
            size.width <= NARROW ? fitToNarrow(built.result.option) : built.result.option,
            markersByClaim(shown, meta.footnotes),
          ),
    error: ok ? undefined : (built.result as Error).message,
    claims: shown,
    meta,
    layout,
  };
}
