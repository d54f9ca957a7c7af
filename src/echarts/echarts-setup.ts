import { CustomChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  AxisPointerComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Modular ECharts: only what the first chart is drawn with ships in the first bundle (EAGER_* in
// src/echarts/echarts-needs.ts). Lines, bars, markers, the zoom bar and the tooltip come with
// loadChartExtras(); the SVG renderer is for exports and is loaded with them. The axis pointer (which the
// tooltip builds on) is eager because it registers a data processor, and ECharts fixes an instance's
// processors when the instance is created: charts drawn before the tooltip arrives must already have it.
echarts.use([
  ScatterChart,
  CustomChart,
  GridComponent,
  LegendComponent,
  AxisPointerComponent,
  AriaComponent,
  TitleComponent,
  CanvasRenderer,
]);

/**
 * A chunk of ECharts registered on demand, loaded once: `load()` resolves when charts may use it (a chunk
 * that failed may be tried again by a later chart); `loaded()` says whether it already has.
 */
function onDemand(importChunk: () => Promise<unknown>, onLoaded: () => void = () => {}) {
  let pending: Promise<void> | undefined;
  let done = false;
  const load = (): Promise<void> => {
    pending ??= importChunk().then(
      () => {
        done = true;
        onLoaded();
      },
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    );
    return pending;
  };
  return { load, loaded: () => done };
}

/** The tooltip alone: all a chart that draws without the extras needs to hover. */
const tooltip = onDemand(() => import('./echarts-tooltip'));
/** Lines, bars, zoom, markers and the tooltip. */
const extras = onDemand(() => import('./echarts-extras'));

/** Loads and registers the tooltip alone (once). */
export const loadTooltip = (): Promise<void> => (extras.loaded() ? Promise.resolve() : tooltip.load());

/** Whether the tooltip is registered (by loadTooltip() or with the extras). */
export const chartTooltipLoaded = (): boolean => tooltip.loaded() || extras.loaded();

/** Loads and registers the on-demand part of ECharts (once); resolves when charts may use it. */
export const loadChartExtras = (): Promise<void> => extras.load();

/** Whether loadChartExtras() has finished: a chart needing the extras can then be drawn at once. */
export const chartExtrasLoaded = (): boolean => extras.loaded();

export { echarts };
