import type { Claim } from '../data/claim';
import { formatClaimValue, formatMoney, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
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
import { spansDecade } from '../charts/claim-panels';
import { intervalSeries, type Interval } from '../charts/interval-series';
import { DERIVED_LINE, yearAxis } from './liquid-cooling-derived';
import { isMarket, isRate, marketPath, spanOf } from './liquid-cooling-path';
import { chartColors, KIND_STYLES } from '../charts/palette';
import type { ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

/** Why a claim of the topic is not drawn, in the UI language. */
function reasonFor(c: Claim, lang: Lang, currency: string): string {
  if (isMarket(c) && c.unit !== currency) return t('coolingOmitOtherCurrency', lang);
  if (isRate(c)) return t('coolingOmitNoMarket', lang);
  return t('coolingOmitOther', lang);
}

/**
 * Liquid cooling: the observed market, the year before as its YoY growth implies, and the path its CAGR
 * projects (dashed, derived) above; the two rates themselves as spans over their years on a percent panel.
 */
export function buildLiquidCoolingOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const colors = colorsFor(ctx);
  const axis = axisStyle(ctx);
  const muted = chartColors(ctx.dark).muted;
  // One money axis, in the currency of the first market: amounts in another currency are never converted.
  const currency = claims.find(isMarket)?.unit ?? 'USD';
  const markets = claims.filter(isMarket).filter((m) => m.unit === currency);
  // A rate is drawn when the same source gives its market: the YoY's own year, the CAGR's first year.
  const rates = claims.filter(isRate).flatMap((r) => {
    const year = r.metric === 'cagr' ? r.periodStart : r.year;
    const base = markets.find((m) => m.sourceId === r.sourceId && m.year === year);
    return base ? [{ r, base }] : [];
  });
  const shown = [...markets.map((m) => m.id), ...rates.map((x) => x.r.id)];
  const shownSet = new Set(shown);
  const omitted = claims
    .filter((c) => !shownSet.has(c.id))
    .map((c) => ({ claimId: c.id, reason: reasonFor(c, lang, currency) }));

  const series: unknown[] = [];
  const values = markets.map((m) => m.value);
  const years = markets.map((m) => m.year);
  const spans = new Map<string, { intervals: Interval[]; labels: object[] }>();
  for (const { r, base } of rates) {
    const color = colorOf(colors, r.sourceId);
    const path = marketPath(base, r, color, ctx);
    series.push({ type: 'line', name: path.name, data: path.data, color, lineStyle: { ...DERIVED_LINE, color }, z: 2 });
    values.push(...path.values);
    const [from, to] = spanOf(r);
    years.push(from, to);
    const entry = spans.get(r.sourceId) ?? { intervals: [], labels: [] };
    spans.set(r.sourceId, entry);
    entry.intervals.push({
      claimId: r.id,
      low: from,
      high: to,
      at: r.value,
      color,
      dashed: KIND_STYLES[r.kind].hollow,
    });
    entry.labels.push({
      coord: [(from + to) / 2, r.value],
      label: {
        formatter: t(r.metric === 'cagr' ? 'cagrLabel' : 'yoyLabel', lang, { rate: formatClaimValue(r, lang) }),
      },
    });
  }
  for (const [sourceId, { intervals, labels }] of spans) {
    // Each rate is a span over the years it covers (hover shows the claim); its name sits on it as a silent label.
    const markPoint = {
      silent: true,
      symbolSize: 0,
      label: { show: true, position: 'top', distance: 8, color: muted, fontSize: 11 },
      data: labels,
    };
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, lang);
    series.push({
      ...intervalSeries(name, intervals, true),
      xAxisIndex: 1,
      yAxisIndex: 1,
      color: colorOf(colors, sourceId),
      markPoint,
    });
  }
  for (const m of markets) {
    // Below and to the right of the point: the path comes in from the lower left and leaves to the upper
    // right, and the derived year before is labelled above it, so this corner is the one left free.
    const label = { show: true, position: 'bottom', align: 'left', formatter: formatClaimValue(m, lang) };
    const name = sourceLegendName(ctx.sources.get(m.sourceId), m.sourceId, lang);
    series.push({
      type: 'scatter',
      name,
      data: [claimDatum(m, [m.year, m.value], ctx, { label })],
      color: colorOf(colors, m.sourceId),
      z: 4,
    });
  }

  const logCapable = spansDecade(values);
  const heading = (text: string, top: string) => ({
    text,
    top,
    left: 8,
    textStyle: { fontSize: 12, fontWeight: 'bold', color: muted },
  });
  const currencyName = t(currency === 'USD' ? 'coolingCurrencyUsd' : 'coolingCurrencyCny', lang);
  const option = {
    ...baseOption(ctx, t('coolingDescription', lang)),
    title: [
      heading(t('coolingMarketTitle', lang, { currency: currencyName }), '8%'),
      heading(t('coolingGrowthTitle', lang), '64%'),
    ],
    grid: [
      { left: 12, right: 28, top: '14%', height: '44%', containLabel: true },
      { left: 12, right: 28, top: '70%', bottom: '2%', containLabel: true },
    ],
    xAxis: [yearAxis(years, 0, ctx), yearAxis(years, 1, ctx)],
    yAxis: [
      {
        type: ctx.logScale && logCapable ? 'log' : 'value',
        gridIndex: 0,
        ...axis,
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatMoney(v, currency, lang) },
      },
      {
        type: 'value',
        gridIndex: 1,
        min: 0,
        ...axis,
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => `${v}%` },
      },
    ],
    tooltip: { ...tooltipBase(ctx), formatter: claimTooltipFormatter(claims, ctx) },
    series,
  };
  return { option, shown, omitted, hasLogAxis: logCapable, rows: 14 };
}

/** The liquid cooling view. */
export const liquidCoolingView: ViewSpec = {
  id: 'liquid-cooling',
  title: { zh: '液冷服务器市场', en: 'Liquid-cooled servers' },
  subtitle: {
    zh: '市场规模（美元，不换算）与增速（%）；虚线为按增速推算的值',
    en: 'Market size (US dollars, not converted) and growth (%); dashed = derived from the growth rates',
  },
  select: (c) => c.topic === 'liquid_cooling',
  build: buildLiquidCoolingOption,
};
