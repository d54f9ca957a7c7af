import type { Claim } from '../data/claim';
import { cagrPath, previousFromYoy } from '../domain/cagr';
import { formatMoney } from '../domain/format-number';
import { t } from '../domain/messages';
import {
  approx,
  derivedDatum,
  derivedHeading,
  derivedTooltipHtml,
  growthFactor,
  superscript,
  type DerivedDatum,
} from './liquid-cooling-derived';
import type { ViewContext } from '../charts/view-types';

/** A market size in money with a value and the year it describes. */
export type Market = Claim & { unit: 'USD' | 'CNY'; value: number; year: number };
/** A growth rate in percent: year-on-year (with its year) or a CAGR (with its period). */
export type Rate = Claim & { value: number };

/** Whether a claim is a market size this view can draw. */
export const isMarket = (c: Claim): c is Market =>
  c.metric === 'market_size' && (c.unit === 'USD' || c.unit === 'CNY') && c.value !== undefined && c.year !== undefined;

/** Whether a claim is a YoY growth with its year or a CAGR with its period, in percent. */
export const isRate = (c: Claim): c is Rate =>
  c.unit === 'percent' &&
  c.value !== undefined &&
  ((c.metric === 'growth_rate' && c.year !== undefined) ||
    (c.metric === 'cagr' && c.periodStart !== undefined && c.periodEnd !== undefined));

/** The years a rate covers: the year before to its year for YoY growth, its stated period for a CAGR. */
export const spanOf = (r: Rate): [number, number] =>
  r.metric === 'cagr' ? [r.periodStart!, r.periodEnd!] : [r.year! - 1, r.year!];

/** A derived line: its legend name, its data (derived points plus the observed end), the values it spans. */
export interface MarketPath {
  name: string;
  data: (DerivedDatum | { value: number[]; symbol: string })[];
  values: number[];
}

/**
 * The line a rate implies from its market: the year before (YoY: current ÷ (1 + g)) or the yearly path
 * (CAGR: base × (1 + r)^n). Every point is derived; its tooltip shows the sum with the numbers and both quotes.
 */
export function marketPath(base: Market, r: Rate, color: string, ctx: ViewContext): MarketPath {
  const { lang } = ctx;
  const money = (v: number) => formatMoney(v, base.unit, lang);
  const [from, to] = spanOf(r);
  // Only a path's far end is labelled, with "derived"; every point says so in the legend and its tooltip.
  const point = (year: number, value: number, lines: string[], label?: string) => {
    const html = derivedTooltipHtml(
      `≈ ${money(approx(value))}`,
      derivedHeading(String(year), lang),
      lines,
      [base, r],
      lang,
    );
    const d = derivedDatum([year, value], html, color, ctx);
    const text = label ? t('derivedLabel', lang, { label }) : t('derivedMark', lang);
    // The far end is the chart's last year: its label ends at the point (align right) rather than centring
    // on it, or on a phone it spills past the plot's right edge.
    const align = label ? 'right' : 'center';
    return label === undefined ? d : { ...d, label: { show: true, position: 'top', align, formatter: text } };
  };
  const observed = { value: [base.year, base.value], symbol: 'none' }; // drawn by the market's own point
  if (r.metric === 'growth_rate') {
    const prev = previousFromYoy(base.value, r.value);
    const line = `${money(base.value)} / (1 + ${r.value}%) = ${money(base.value)} / ${growthFactor(r.value)} ≈ ${money(approx(prev))}`;
    const name = t('coolingYoyPath', lang, { rate: r.value, year: from });
    return { name, data: [point(from, prev, [line], ''), observed], values: [prev] };
  }
  const caveat = t('coolingSameRate', lang, { from, to });
  const path = cagrPath(from, base.value, r.value, to).slice(1);
  const data = path.map(({ year, value }) => {
    const n = superscript(year - from);
    const line = `${money(base.value)} × (1 + ${r.value}%)${n} = ${money(base.value)} × ${growthFactor(r.value)}${n} ≈ ${money(approx(value))}`;
    return point(year, value, [line, caveat], year === to ? `≈${money(approx(value))}` : undefined);
  });
  const name = t('coolingCagrPath', lang, { rate: r.value, from, to });
  return { name, data: [observed, ...data], values: path.map((p) => p.value) };
}
