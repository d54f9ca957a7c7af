import type { Claim } from '../data/claim';
import type { Metric, Unit } from '../data/vocabulary';
import { formatMoney, formatScaled, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { hasFigure, panelRows, rowsOf, spansDecade, type Panel } from '../charts/claim-panels';
import { buildStackedPanelOption } from '../charts/panel-chart';
import { splitByOmission, type ViewContext, type ViewResult, type ViewSpec } from '../charts/view-types';

/** The measures this view draws; the topic's other claims are listed as omitted. */
const METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'electricity_share',
  'cost_share',
  'energy_use',
  'electricity_price',
  'power_draw',
  'compute_time',
  'cost',
]);

/** One panel per unit, in reading order: shares, then energy and what it takes, then money. */
const UNIT_PANELS: readonly { unit: Unit; title: Record<Lang, string> }[] = [
  { unit: 'percent', title: { zh: '占比（%）', en: 'Shares (%)' } },
  { unit: 'MWh', title: { zh: '电量（兆瓦时）', en: 'Energy (MWh)' } },
  { unit: 'W', title: { zh: '功率（瓦）', en: 'Power (W)' } },
  { unit: 'GPU_hours', title: { zh: '算力时长（GPU时）', en: 'Accelerator time (GPU-hours)' } },
  { unit: 'CNY_per_kWh', title: { zh: '电价（元/千瓦时）', en: 'Electricity price (yuan/kWh)' } },
  { unit: 'CNY', title: { zh: '费用（元）', en: 'Cost (yuan)' } },
  { unit: 'USD', title: { zh: '费用（美元）', en: 'Cost (US dollars)' } },
];

/** Tick labels in the panel's unit: 20%, 0.87, 1.02M / 102.2万, ¥400K / 40万元. */
function tickFormat(unit: Unit, lang: Lang): (v: number) => string {
  if (unit === 'CNY' || unit === 'USD') return (v) => formatMoney(v, unit, lang);
  if (unit === 'percent') return (v) => `${v}%`;
  if (unit === 'CNY_per_kWh') return (v) => String(v);
  return (v) => formatScaled(v, lang);
}

/** Why a claim of the topic is not drawn, in the UI language. */
function omissionReason(c: Claim, lang: Lang): string | undefined {
  if (!METRICS.has(c.metric)) return t('powerOmitOtherMeasure', lang);
  if (!UNIT_PANELS.some((p) => p.unit === c.unit)) return t('powerOmitNoPanel', lang);
  if (!hasFigure(c)) return t('viewOmitNoFigure', lang);
  return undefined;
}

/** Power and energy: one small panel per unit, so shares, MWh, W, GPU-hours, prices and money never share an axis. */
export function buildPowerEnergyOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const { drawn, omitted } = splitByOmission(claims, (c) => omissionReason(c, lang));
  const panels = UNIT_PANELS.map(({ unit, title }) => {
    const inUnit = drawn.filter((c) => c.unit === unit);
    const values = inUnit
      .flatMap((c) => [c.value, c.valueLow, c.valueHigh])
      .filter((v): v is number => v !== undefined);
    // A share reads against its whole (0–100%); other panels go log only when their values span a decade.
    const share = unit === 'percent';
    const logCapable = !share && spansDecade(values);
    return {
      title: title[lang],
      rows: rowsOf(inUnit),
      logCapable,
      log: logCapable && ctx.logScale,
      min: share ? 0 : undefined,
      max: share ? 100 : undefined,
      format: tickFormat(unit, lang),
    } satisfies Panel & { logCapable: boolean };
  }).filter((p) => p.rows.length > 0);
  const option = buildStackedPanelOption(panels, claims, ctx, t('powerDescription', lang));
  return {
    option,
    shown: panels.flatMap((p) => p.rows.map((r) => r.claim.id)),
    omitted,
    hasLogAxis: panels.some((p) => p.logCapable),
    rows: Math.ceil(panels.reduce((sum, p) => sum + panelRows(p), 0)),
  };
}

/** The power and energy view. */
export const powerEnergyView: ViewSpec = {
  id: 'power-energy',
  title: { zh: '电力与能耗', en: 'Power and energy' },
  subtitle: {
    zh: '每种单位一个小图：%、兆瓦时、瓦、GPU时、元/千瓦时、元（不同单位不共用坐标轴）',
    en: 'One small panel per unit: %, MWh, W, GPU-hours, yuan/kWh, yuan (units never share an axis)',
  },
  select: (c) => c.topic === 'power_energy',
  build: buildPowerEnergyOption,
};
