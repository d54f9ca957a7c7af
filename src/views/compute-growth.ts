import type { Claim } from '../data/claim';
import { doublingMonthsToMultiplePerYear } from '../domain/growth';
import { t } from '../domain/messages';
import { doublingMidpoint, isGrowthUnit, toDoublingMonths, toMultiplePerYear } from '../domain/normalise-growth';
import {
  axisStyle,
  baseOption,
  claimDatum,
  claimTooltipFormatter,
  colorsFor,
  sourceLegendName,
  tooltipBase,
  colorOf,
} from '../charts/base-option';
import { intervalSeries, type Interval } from '../charts/interval-series';
import { KIND_STYLES } from '../charts/palette';
import type { ViewContext, ViewResult, ViewSpec } from '../charts/view-types';
import { rowLabelStyle } from '../charts/row-label';

const MOORE_MONTHS = 24;

/** Growth claims this view draws: compute-demand growth and Moore's law, in doubling months or ×/year. */
const isGrowthClaim = (c: Claim) =>
  (c.metric === 'compute_demand_growth' || c.metric === 'moores_law') && isGrowthUnit(c);

// Two significant digits, no trailing zeros: ×16, ×2.8, 4.3 months; whole numbers from 100 up (×4096).
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : String(Number(n.toPrecision(2))));

/** "≈ 4.3 months to double = ×6.9 per year" lines for the tooltip, so a reader can redo the maths. */
function normalisedLines(c: Claim, lang: 'zh' | 'en'): string[] {
  const d = toDoublingMonths(c);
  if (!d) return [];
  const x = toMultiplePerYear(d);
  const months = d.months !== undefined ? fmt(d.months) : `${fmt(d.low!)}–${fmt(d.high!)}`;
  const perYear = x.value !== undefined ? fmt(x.value) : `${fmt(x.low!)}–${fmt(x.high!)}`;
  const formula = c.unit === 'x_per_year' ? '12 / log₂(×)' : '2^(12 / months)';
  return [t('growthConversion', lang, { months, perYear, formula })];
}

/** Rows ordered by the era each rate describes, then by speed, so the acceleration reads top to bottom. */
function eraYear(c: Claim): number {
  return c.periodEnd ?? c.year ?? c.periodStart ?? Number(c.asOf.slice(0, 4));
}

/** AI compute growth: every growth claim as a doubling time (log axis), ranges as intervals, Moore's law as reference. */
export function buildComputeGrowthOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const rows = claims
    .filter(isGrowthClaim)
    .map((c) => ({ c, d: toDoublingMonths(c)! }))
    .filter((r) => doublingMidpoint(r.d) !== undefined)
    .sort((a, b) => eraYear(a.c) - eraYear(b.c) || doublingMidpoint(b.d)! - doublingMidpoint(a.d)!);
  const drawn = new Set(rows.map((r) => r.c.id)); // a Set: 10,000 imported claims stay linear
  const omitted = claims
    .filter((c) => !drawn.has(c.id))
    .map((c) => ({ claimId: c.id, reason: t('growthOmitNoTimeSpan', lang) }));
  const colors = colorsFor(ctx);
  const categories = rows.map(({ c }) => (lang === 'zh' ? c.labelZh : c.labelEn));

  const bySource = new Map<string, { points: ReturnType<typeof claimDatum>[]; intervals: Interval[] }>();
  rows.forEach(({ c, d }, i) => {
    const entry = bySource.get(c.sourceId) ?? { points: [], intervals: [] };
    bySource.set(c.sourceId, entry);
    if (d.months !== undefined) entry.points.push(claimDatum(c, [d.months, i], ctx));
    else
      entry.intervals.push({
        claimId: c.id,
        low: d.low!,
        high: d.high!,
        at: i,
        color: colorOf(colors, c.sourceId),
        dashed: KIND_STYLES[c.kind].hollow,
      });
  });

  const axis = axisStyle(ctx);
  const valueAxis = (position: 'bottom' | 'top') => ({
    type: ctx.logScale ? 'log' : 'value',
    logBase: 2,
    min: ctx.logScale ? 1 : 0,
    max: 32,
    position,
    name: t(position === 'bottom' ? 'growthAxisDoubling' : 'growthAxisPerYear', lang),
    nameLocation: 'middle',
    nameGap: 28,
    ...axis,
    splitLine: position === 'bottom' ? axis.splitLine : { show: false },
    axisLabel: {
      ...axis.axisLabel,
      formatter: (m: number) => (position === 'bottom' ? fmt(m) : `×${fmt(doublingMonthsToMultiplePerYear(m))}`),
    },
  });

  const series: unknown[] = [];
  for (const [sourceId, { points, intervals }] of bySource) {
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, lang);
    if (intervals.length) series.push({ ...intervalSeries(name, intervals, true), color: colorOf(colors, sourceId) });
    series.push({ type: 'scatter', name, data: points, color: colorOf(colors, sourceId), z: 3 });
  }
  series.push({
    type: 'line',
    name: t('growthMooreSeries', lang, { months: MOORE_MONTHS }),
    data: [],
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', color: '#888', width: 1.5 },
      label: {
        formatter: t('growthMooreLabel', lang, { months: MOORE_MONTHS }),
        position: 'insideEndTop',
        color: '#777',
      },
      data: [{ xAxis: MOORE_MONTHS }],
    },
  });

  const option = {
    ...baseOption(ctx, t('growthDescription', lang)),
    grid: { left: 12, right: 28, top: 64, bottom: 44, containLabel: true },
    legend: { top: 0, type: 'scroll', textStyle: { color: axis.axisLabel.color } },
    xAxis: [valueAxis('bottom'), valueAxis('top')],
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      ...axis,
      axisLabel: { ...axis.axisLabel, ...rowLabelStyle(260) },
      splitLine: { show: false },
    },
    tooltip: {
      ...tooltipBase(ctx),
      formatter: claimTooltipFormatter(claims, ctx, (c) => ({ lines: normalisedLines(c, lang) })),
    },
    series,
  };
  return { option, shown: rows.map((r) => r.c.id), omitted, hasLogAxis: true, rows: rows.length };
}

/** The AI compute growth view. */
export const computeGrowthView: ViewSpec = {
  id: 'compute-growth',
  title: { zh: 'AI 算力增长', en: 'AI compute growth' },
  subtitle: {
    zh: '翻番周期（月，对数轴）；顶轴为对应的每年倍数',
    en: 'Doubling time in months (log axis); top axis: the same as × per year',
  },
  select: (c) => c.topic === 'compute_growth',
  build: buildComputeGrowthOption,
};
