import type { Claim } from '../data/claim';
import { baseOption, claimTooltipFormatter, tooltipBase, type ExtraFor } from './base-option';
import { layoutPanels, stackPanels, type FullPanel, type Panel } from './claim-panels';
import type { ViewContext, ViewResult } from './view-types';

/**
 * The chart of a view made only of full panels (cost-price, model-landscape, adoption-other): the panels laid
 * out, a legend of the sources drawn (reference lines are series but not sources), the claim tooltip with
 * the view's extra lines, and the rows the card sizes the chart by.
 */
export function buildPanelChart(
  panels: readonly FullPanel[],
  claims: readonly Claim[],
  ctx: ViewContext,
  description: string,
  extraFor?: ExtraFor,
): Pick<ViewResult, 'option' | 'shown' | 'rows'> {
  const laid = layoutPanels(panels, ctx);
  const base = baseOption(ctx, description);
  const option = {
    ...base,
    legend: { ...(base.legend as object), data: laid.legendNames },
    title: laid.title,
    grid: laid.grid,
    xAxis: laid.xAxis,
    yAxis: laid.yAxis,
    tooltip: { ...tooltipBase(ctx), formatter: claimTooltipFormatter(claims, ctx, extraFor) },
    series: laid.series,
  };
  return { option, shown: laid.shown, rows: laid.rows };
}

/** The option of a view made only of compact stacked panels (market-size, power-energy), with the claim tooltip. */
export function buildStackedPanelOption(
  panels: readonly Panel[],
  claims: readonly Claim[],
  ctx: ViewContext,
  description: string,
) {
  const stack = stackPanels(panels, ctx);
  return {
    ...baseOption(ctx, description),
    title: stack.title,
    grid: stack.grid,
    xAxis: stack.xAxis,
    yAxis: stack.yAxis,
    tooltip: { ...tooltipBase(ctx), formatter: claimTooltipFormatter(claims, ctx) },
    series: stack.series,
  };
}
