import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { ExportError, exportErrorText } from '../domain/export-error';
import { PRESETS, type ExportSize } from './presets';
import { renderPng } from './render-image';

/** One figure of a multi-figure export: a view, or a comparison passed the same way. */
export interface ExportView {
  viewId: string;
  title: string;
  subtitle: string;
  /** Builds the option with a light theme; called only when this figure is rendered. */
  buildLightOption: () => EChartsCoreOption;
  /** The claims the chart shows. */
  claims: readonly Claim[];
}

/** Reports progress: `done` of `total` steps finished, `label` naming the step now running. */
export type OnProgress = (done: number, total: number, label: string) => void;

/** Settings shared by every figure of a multi-figure export. */
export interface BatchSettings {
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  size?: ExportSize;
  pixelRatio?: number;
  onProgress?: OnProgress;
  /** The dataset version, named in every figure's footer. */
  datasetVersion?: string;
}

/** A figure that could not be exported, and why. */
export interface FailedView {
  viewId: string;
  title: string;
  message: string;
}

/** A rendered figure. */
export interface RenderedView {
  view: ExportView;
  png: Blob;
}

/**
 * Renders every view that shows claims to a PNG (16:9 by default), one after another, reporting progress.
 * A view that fails is listed in `failed` and the rest go on; it throws only when nothing could be rendered.
 */
export async function renderAllPngs(
  views: readonly ExportView[],
  settings: BatchSettings,
): Promise<{ rendered: RenderedView[]; failed: FailedView[] }> {
  const todo = views.filter((v) => v.claims.length > 0);
  if (todo.length === 0) throw new ExportError('noViews');
  const { sources, lang, size = PRESETS.wide, pixelRatio = 1, onProgress, datasetVersion } = settings;
  const rendered: RenderedView[] = [];
  const failed: FailedView[] = [];
  for (const [i, view] of todo.entries()) {
    onProgress?.(i, todo.length, view.title);
    try {
      const option = view.buildLightOption();
      const png = await renderPng({ ...view, option, sources, lang, size, pixelRatio, transparent: false, datasetVersion });
      rendered.push({ view, png });
    } catch (e) {
      failed.push({ viewId: view.viewId, title: view.title, message: exportErrorText(e, lang) });
    }
  }
  if (rendered.length === 0)
    throw new ExportError('renderFailed', failed.map((f) => `${f.title}: ${f.message}`).join('; '));
  return { rendered, failed };
}
