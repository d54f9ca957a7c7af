import type { EChartsType } from 'echarts/core';
import type { ChartMark } from '../charts/point-order';

/** Live chart instances by view id, for exports and the page's test hook. */
export const chartInstances = new Map<string, EChartsType>();

/**
 * The option each chart was first drawn with, by view id, for the test hook: a test compares it with the
 * option the build drew that chart's picture from (they must not drift apart).
 */
export const chartFirstOptions = new Map<string, unknown>();

interface Rectish {
  x: number;
  y: number;
  width: number;
  height: number;
  applyTransform: (m: number[]) => void;
  clone: () => Rectish;
}
interface GraphicEl {
  getBoundingRect: () => Rectish;
  transform?: number[];
}
interface SeriesLike {
  seriesIndex: number;
  coordinateSystem?: {
    getArea?: () => { x: number; y: number };
    getAxis?: (dim: string) => { type?: string } | undefined;
  };
  getData: () => {
    count: () => number;
    getRawIndex: (i: number) => number;
    getRawDataItem: (i: number) => unknown;
    getItemGraphicEl: (i: number) => GraphicEl | undefined;
  };
}

/**
 * Every drawn mark of a claim in a chart, with its centre in the chart's pixels, its panel and the ECharts
 * indices of its data item (ECharts' model is read, not changed: there is no public API for where an item is).
 */
export function chartMarks(chart: EChartsType): ChartMark[] {
  const model = (chart as unknown as { getModel: () => { getSeries: () => SeriesLike[] } }).getModel();
  const marks: ChartMark[] = [];
  for (const series of model.getSeries()) {
    // A series the chart has not processed yet (a redraw under way) has no data: nothing of it is drawn.
    const data = series.getData() as ReturnType<SeriesLike['getData']> | undefined;
    if (!data) continue;
    const cs = series.coordinateSystem;
    const panel = cs?.getArea?.() ?? { x: 0, y: 0 };
    const rows = cs?.getAxis?.('y')?.type === 'category';
    for (let i = 0; i < data.count(); i++) {
      const item = data.getRawDataItem(i) as { claimId?: string } | undefined;
      if (!item?.claimId) continue;
      const el = data.getItemGraphicEl(i);
      if (!el) continue;
      const rect = el.getBoundingRect().clone();
      if (el.transform) rect.applyTransform(el.transform);
      marks.push({
        claimId: item.claimId,
        seriesIndex: series.seriesIndex,
        dataIndex: data.getRawIndex(i),
        x: rect.x + rect.width / 2,
        y: rect.y + rect.height / 2,
        panelX: panel.x,
        panelY: panel.y,
        rows,
      });
    }
  }
  return marks;
}

/**
 * Viewport coordinates of the centre of the mark that draws a claim in a view, or undefined. Browser tests move
 * the real mouse there, so hovering is tested the way a person does it.
 */
export function claimMarkCenter(viewId: string, claimId: string): [number, number] | undefined {
  const chart = chartInstances.get(viewId);
  if (!chart) return undefined;
  const mark = chartMarks(chart).find((m) => m.claimId === claimId);
  if (!mark) return undefined;
  const box = chart.getDom().getBoundingClientRect();
  return [box.left + mark.x, box.top + mark.y];
}

declare global {
  interface Window {
    __dashboard?: {
      claimMarkCenter: typeof claimMarkCenter;
      views: () => string[];
      /** Live chart instances by view id (read-only use: benchmarks wait for their 'finished' events). */
      charts: () => ReadonlyMap<string, EChartsType>;
      firstOptions: () => ReadonlyMap<string, unknown>;
    };
  }
}

/** Exposes a read-only hook for end-to-end tests: where a claim is drawn, and which views are live. */
export function installTestHook(win: Window = window) {
  win.__dashboard = {
    claimMarkCenter,
    views: () => [...chartInstances.keys()],
    charts: () => chartInstances,
    firstOptions: () => chartFirstOptions,
  };
}
