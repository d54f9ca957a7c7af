import type { EChartsType } from 'echarts/core';

/** Live chart instances by view id, for exports and the page's test hook. */
export const chartInstances = new Map<string, EChartsType>();

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
  getData: () => {
    count: () => number;
    getRawDataItem: (i: number) => unknown;
    getItemGraphicEl: (i: number) => GraphicEl | undefined;
  };
}

/**
 * Viewport coordinates of the centre of the mark that draws a claim in a view, or undefined. Browser tests move
 * the real mouse there, so hovering is tested the way a person does it.
 */
export function claimMarkCenter(viewId: string, claimId: string): [number, number] | undefined {
  const chart = chartInstances.get(viewId);
  if (!chart) return undefined;
  const model = (chart as unknown as { getModel: () => { getSeries: () => SeriesLike[] } }).getModel();
  for (const series of model.getSeries()) {
    const data = series.getData();
    for (let i = 0; i < data.count(); i++) {
      const item = data.getRawDataItem(i) as { claimId?: string } | undefined;
      if (item?.claimId !== claimId) continue;
      const el = data.getItemGraphicEl(i);
      if (!el) continue;
      const rect = el.getBoundingRect().clone();
      if (el.transform) rect.applyTransform(el.transform);
      const box = chart.getDom().getBoundingClientRect();
      return [box.left + rect.x + rect.width / 2, box.top + rect.y + rect.height / 2];
    }
  }
  return undefined;
}

declare global {
  interface Window {
    __dashboard?: {
      claimMarkCenter: typeof claimMarkCenter;
      views: () => string[];
      /** Live chart instances by view id (read-only use: benchmarks wait for their 'finished' events). */
      charts: () => ReadonlyMap<string, EChartsType>;
    };
  }
}

/** Exposes a read-only hook for end-to-end tests: where a claim is drawn, and which views are live. */
export function installTestHook(win: Window = window) {
  win.__dashboard = { claimMarkCenter, views: () => [...chartInstances.keys()], charts: () => chartInstances };
}
