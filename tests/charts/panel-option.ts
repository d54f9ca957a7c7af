import type { ViewResult } from '../../src/charts/view-types';

/*
 * What the tests of the views made only of panels (cost-price, model-landscape, adoption-other) read of
 * their option: every series carries its panel's axis index, so a claim's panel is the axis of its items.
 */

/** A data item: a claim's point, range or bar segment (or a label carrier for a range). */
export interface PanelDatum {
  claimId?: string;
  value: unknown;
  itemStyle?: Record<string, unknown>;
  label?: { formatter: () => string };
}

/** A series in one panel. */
export interface PanelSeries {
  type: string;
  name: string;
  data: PanelDatum[];
  xAxisIndex: number;
  yAxisIndex: number;
  stack?: string;
  markLine?: { data: { xAxis: number }[] };
}

/** A panel's value axis (x) or row axis (y). */
export interface PanelAxis {
  type: string;
  data?: string[];
  min?: number;
  max?: number;
  axisLabel: { formatter: (n: number) => string };
}

/** The parts of a panel view's option the tests read. */
export interface PanelOption {
  series: PanelSeries[];
  xAxis: PanelAxis[];
  yAxis: PanelAxis[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
}

/** The view's option, typed for reading. */
export const optionOf = (r: ViewResult) => r.option as unknown as PanelOption;

/** Every item drawn for a claim, with its series. */
export const itemsFor = (r: ViewResult, id: string) =>
  optionOf(r)
    .series.flatMap((s) => s.data.map((d) => ({ s, d })))
    .filter((x) => x.d.claimId === id);

/** The panel (axis index) a claim is drawn in. */
export const axisOf = (r: ViewResult, id: string) => itemsFor(r, id)[0]!.s.xAxisIndex;

/** The tooltip shown when hovering a claim. */
export const tooltipOf = (r: ViewResult, id: string) => optionOf(r).tooltip.formatter({ data: { claimId: id } });
