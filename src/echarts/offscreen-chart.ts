import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { FONT_FAMILY } from '../charts/base-option';
import { extrasNeed } from './echarts-needs';
import { echarts, loadChartExtras } from './echarts-setup';
import { ExportError } from '../domain/export-error';

/** How to render a chart off-screen: at `width`×`height` CSS px, drawn `zoom` times larger than on screen. */
export interface OffscreenRequest {
  option: EChartsCoreOption;
  width: number;
  height: number;
  zoom: number;
  pixelRatio: number;
  renderer: 'canvas' | 'svg';
}

// Past this the chart is taken as it is: 'finished' may never come for an option that keeps animating.
const FINISH_TIMEOUT_MS = 4000;
const FONT_TIMEOUT_MS = 3000;

/**
 * Waits until the CJK font is loaded, so Chinese is drawn with its glyphs and measured with its widths.
 * The fonts are local system fonts, so this is quick; a browser without the Font Loading API goes on.
 */
export async function ensureExportFonts(doc: Document = document): Promise<void> {
  if (!doc.fonts?.load) return;
  const loads = Promise.all([
    doc.fonts.load(`400 16px ${FONT_FAMILY}`, '算力 AI 1'),
    doc.fonts.load(`700 16px ${FONT_FAMILY}`, '算力 AI 1'),
  ]).catch(() => undefined);
  await Promise.race([loads, new Promise((r) => setTimeout(r, FONT_TIMEOUT_MS))]);
}

/** Resolves when the chart has drawn the option completely (or after a timeout). */
function renderFinished(chart: EChartsType, option: EChartsCoreOption): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, FINISH_TIMEOUT_MS);
    chart.on('finished', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      chart.setOption(option, { notMerge: true });
    } catch (e) {
      clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/**
 * Renders an option on a hidden div at the requested size, independent of the window, hands the finished
 * chart to `take`, and disposes of it whatever happens.
 */
export async function withOffscreenChart<T>(req: OffscreenRequest, take: (chart: EChartsType) => T): Promise<T> {
  await ensureExportFonts();
  if (req.renderer === 'svg') await import('./svg-renderer');
  if (extrasNeed(req.option) !== 'none') await loadChartExtras();
  const width = req.width / req.zoom;
  const height = req.height / req.zoom;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.dataset.exportHost = '';
  // Off-screen but in the document: some browsers skip work for detached nodes; visibility keeps it unseen.
  Object.assign(host.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.appendChild(host);
  let chart: EChartsType | undefined;
  try {
    chart = echarts.init(host, null, {
      renderer: req.renderer,
      width,
      height,
      devicePixelRatio: req.pixelRatio * req.zoom,
    });
    await renderFinished(chart, req.option);
    return take(chart);
  } catch (e) {
    if (e instanceof ExportError) throw e;
    throw new ExportError('renderFailed', e instanceof Error ? e.message : String(e));
  } finally {
    chart?.dispose();
    host.remove();
  }
}
