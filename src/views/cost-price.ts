import type { Claim } from '../data/claim';
import { formatInUnit, formatMoney, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { byValueDesc, rowOf, type FullPanel, type PanelRow } from '../charts/claim-panels';
import { buildPanelChart } from '../charts/panel-chart';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

/** Unit families, one panel each; USD and CNY stay apart because currencies are never converted. */
type Family = 'relative' | 'percent' | 'USD' | 'CNY' | 'CNY_per_month' | 'year';
const FAMILIES: readonly Family[] = ['relative', 'percent', 'USD', 'CNY', 'CNY_per_month', 'year'];

const TITLES: Record<Family, Record<Lang, string>> = {
  relative: { zh: '相对比较对象（%，100% = 持平）', en: 'Relative to the comparison (%; 100% = parity)' },
  percent: { zh: '百分比：利润率、占比', en: 'Percent: margin, share' },
  USD: { zh: '美元', en: 'US dollars' },
  CNY: { zh: '人民币（元）', en: 'Chinese yuan' },
  CNY_per_month: { zh: '元/月', en: 'Yuan per month' },
  year: { zh: '年份', en: 'Calendar year' },
};

const isMoney = (f: Family) => f === 'USD' || f === 'CNY' || f === 'CNY_per_month';

/** Ratios and "X% of Y" comparisons share one axis as percent of the thing compared with. */
function familyOf(c: Claim): Family | undefined {
  if (c.unit === 'ratio' || (c.unit === 'percent' && (c.metric === 'price_ratio' || c.metric === 'capability_ratio')))
    return 'relative';
  if (c.unit === 'percent') return 'percent';
  if (c.unit === 'USD' || c.unit === 'CNY' || c.unit === 'CNY_per_month' || c.unit === 'year') return c.unit;
  return undefined;
}

/** A margin on price cannot pass 100%; such a figure is flagged (its note reads it as a markup). */
const isImpossibleMargin = (c: Claim) => c.metric === 'profit_margin' && (c.value ?? c.valueHigh ?? 0) > 100;

function axisFormat(f: Family, lang: Lang): (n: number) => string {
  if (f === 'USD' || f === 'CNY') return (n) => formatMoney(n, f, lang);
  if (f === 'CNY_per_month') return (n) => formatInUnit(n, 'CNY_per_month', lang);
  if (f === 'year') return (n) => String(n);
  return (n) => formatInUnit(n, 'percent', lang);
}

/** Tooltip lines: a ratio restated as the percent it is drawn at; why a margin over 100% is flagged. */
function extraLines(c: Claim, lang: Lang): string[] {
  const lines: string[] = [];
  if (c.unit === 'ratio' && c.value !== undefined) {
    lines.push(t('costRatioAsPercent', lang, { percent: formatInUnit(c.value * 100, 'percent', lang) }));
  }
  if (isImpossibleMargin(c)) lines.push(t('costImpossibleMargin', lang));
  return lines;
}

/** Cost and price: one small multiple per unit (relative %, %, USD, CNY, years); money on a log axis by choice. */
export function buildCostPriceOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  // The impossible margin gets the same warning ring and tooltip flag as an audited source error.
  const view: ViewContext = {
    ...ctx,
    flagged: new Set([...ctx.flagged, ...claims.filter(isImpossibleMargin).map((c) => c.id)]),
  };
  const rows = new Map<Family, PanelRow[]>(FAMILIES.map((f) => [f, []]));
  const omitted: Omitted[] = [];
  for (const c of claims) {
    const f = familyOf(c);
    const row = f && rowOf(c, c.unit === 'ratio' ? 100 : 1);
    if (f && row) rows.get(f)!.push(row);
    else
      omitted.push({
        claimId: c.id,
        reason: f ? t('costOmitNoNumber', lang) : t('viewOmitNoPanelForUnit', lang, { unit: c.unit }),
      });
  }
  const years = rows.get('year')!;
  const yearValues = years.flatMap((r) => [Number(r.claim.asOf.slice(0, 4)), ...[r.at].flat()]);
  const panels: FullPanel[] = FAMILIES.map((f) => ({
    title: isMoney(f) && ctx.logScale ? t('costPanelLog', lang, { title: TITLES[f][lang] }) : TITLES[f][lang],
    rows: rows.get(f)!.sort(byValueDesc),
    log: isMoney(f) && ctx.logScale,
    format: axisFormat(f, lang),
    // Years: from when it was said to the year spoken of, so the horizon shows.
    min: f === 'year' && years.length ? Math.min(...yearValues) : isMoney(f) && ctx.logScale ? undefined : 0,
    max: f === 'year' && years.length ? Math.max(...yearValues) + 1 : undefined,
    refs:
      f === 'relative'
        ? [{ at: 100, label: t('costParity', lang) }]
        : f === 'percent' && rows.get(f)!.some((r) => r.claim.metric === 'profit_margin')
          ? [{ at: 100, label: t('costMarginCap', lang) }]
          : [],
  }));
  const description = t('costDescription', lang);
  const chart = buildPanelChart(panels, claims, view, description, (c) => ({ lines: extraLines(c, lang) }));
  return { ...chart, omitted, hasLogAxis: true };
}

/** The cost and price view. */
export const costPriceView: ViewSpec = {
  id: 'cost-price',
  title: { zh: '成本与价格', en: 'Cost and price' },
  subtitle: {
    zh: '按单位分面：相对比较对象的 %、%、美元、元/月、年份（金额可切换对数轴，不换算货币）',
    en: 'One panel per unit: % of a comparison, %, USD, yuan per month, year (money on a log axis by choice; never converted)',
  },
  // The open-vs-closed capability ratio sits in model_landscape but is read against the cost ratio here.
  select: (c) => c.topic === 'cost_price' || c.metric === 'capability_ratio',
  build: buildCostPriceOption,
};
