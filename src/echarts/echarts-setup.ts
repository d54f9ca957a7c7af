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

let extras: Promise<void> | undefined;
let extrasLoaded = false;
let tooltip: Promise<void> | undefined;
let tooltipLoaded = false;

/** Loads and registers the tooltip alone (once): all a chart that draws without the extras needs to hover. */
export function loadTooltip(): Promise<void> {
  tooltip ??= import('./echarts-tooltip').then(
    () => {
      tooltipLoaded = true;
    },
    (e: unknown) => {
      tooltip = undefined; // let a later chart try again
      throw e;
    },
  );
  return tooltip;
}

/** Whether the tooltip is registered (by loadTooltip() or with the extras). */
export function chartTooltipLoaded(): boolean {
  return tooltipLoaded;
}

/** Loads and registers the on-demand part of ECharts (once); resolves when charts may use it. */
export function loadChartExtras(): Promise<void> {
  extras ??= import('./echarts-extras').then(
    () => {
      extrasLoaded = true;
      tooltipLoaded = true; // the extras bring the tooltip with them
    },
    (e: unknown) => {
      extras = undefined; // let a later chart try again
      throw e;
    },
  );
  return extras;
}

/** Whether loadChartExtras() has finished: a chart needing the extras can then be drawn at once. */
export function chartExtrasLoaded(): boolean {
  return extrasLoaded;
}

export { echarts };
