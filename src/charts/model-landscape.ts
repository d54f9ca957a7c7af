import type { Claim } from '../data/claim';
import { formatClaimValue, formatInUnit, formatScaled, type Lang } from '../domain/format-number';
import { claimDatum, sourceLegendName } from './base-option';
import { byValueDesc, rowOf, type CustomRow, type FullPanel, type PanelRow } from './claim-panels';
import { buildPanelChart } from './panel-chart';
import { chartColors } from './palette';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from './view-types';

/** Why a claim in a unit of its own is left out (it stays in the table). */
function omitReason(c: Claim, lang: Lang): string {
  if (c.unit === 'times')
    return lang === 'zh'
      ? '两款模型规模之比（倍数），本视图没有同单位的论断可与之并列'
      : "one model's size as a multiple of another's; no other claim here shares its unit";
  if (c.unit === 'years')
    return lang === 'zh'
      ? '以年计的时间差距，本视图没有同单位的论断可与之并列'
      : 'a time gap in years; no other claim here shares its unit';
  return lang === 'zh' ? '没有可画的数值或对应的面板' : `no number to plot, or no panel for its unit (${c.unit})`;
}

/** The words before the colon of a label ("Industry models: two thirds …" → "Industry models"). */
const shortLabel = (label: string) => label.split(/[:：占]/)[0]!.trim();

/** The general/industry split as one stacked bar; each segment is the share claim's own data item. */
function mixRow(shares: readonly Claim[], ctx: ViewContext): CustomRow {
  const c = chartColors(ctx.dark);
  return {
    label: ctx.lang === 'zh' ? '模型构成（占比）' : 'Model mix (shares)',
    claimIds: shares.map((s) => s.id),
    series: (axes, row) =>
      shares.map((s, k) => {
        const d = claimDatum(s, [s.value!, row], ctx, {
          label: {
            show: true,
            position: 'inside',
            formatter: () =>
              `${shortLabel(ctx.lang === 'zh' ? s.labelZh : s.labelEn)} ${formatClaimValue(s, ctx.lang)}`,
            color: c.text,
            fontSize: 11,
          },
        });
        // Same source, so the segments differ by fill strength (and by decal, being separate series).
        d.itemStyle = { ...d.itemStyle, opacity: k === 0 ? 0.7 : 0.35 };
        return {
          type: 'bar',
          name: sourceLegendName(ctx.sources.get(s.sourceId), s.sourceId, ctx.lang),
          stack: `mix-${row}`,
          barWidth: 18,
          ...axes,
          data: [d],
        };
      }),
  };
}

/** Model landscape: parameter counts (log axis, ranges as intervals), model counts, and shares in percent. */
export function buildModelLandscapeOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const params: PanelRow[] = [];
  const counts: PanelRow[] = [];
  const percents: PanelRow[] = [];
  const shares: Claim[] = [];
  const omitted: Omitted[] = [];
  for (const c of claims) {
    const row = rowOf(c);
    if (c.metric === 'model_mix_share' && c.unit === 'percent' && c.value !== undefined) shares.push(c);
    else if (row && c.unit === 'params') params.push(row);
    else if (row && c.unit === 'count') counts.push(row);
    else if (row && c.unit === 'percent') percents.push(row);
    else omitted.push({ claimId: c.id, reason: omitReason(c, lang) });
  }
  const log = ctx.logScale;
  const panels: FullPanel[] = [
    {
      title: lang === 'zh' ? `参数量（个${log ? '，对数轴' : ''}）` : `Parameters${log ? ' (log scale)' : ''}`,
      rows: params.sort(byValueDesc),
      log,
      min: log ? undefined : 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: lang === 'zh' ? '模型数量（个）' : 'Number of models',
      rows: counts.sort(byValueDesc),
      log: false,
      min: 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: lang === 'zh' ? '百分比' : 'Percent',
      rows: percents.sort(byValueDesc),
      custom: shares.length ? [mixRow(shares, ctx)] : [],
      log: false,
      min: 0,
      max: 100,
      format: (n) => formatInUnit(n, 'percent', lang),
    },
  ];
  const description =
    lang === 'zh'
      ? '模型格局：各来源所称的模型参数量（对数轴，范围为区间）、模型数量，以及通用与行业模型的占比。'
      : 'Model landscape: parameter counts claimed by each source (log axis, ranges as intervals), model counts, and the general vs industry share.';
  return { ...buildPanelChart(panels, claims, ctx, description), omitted, hasLogAxis: true };
}

/** The model landscape view. */
export const modelLandscapeView: ViewSpec = {
  id: 'model-landscape',
  title: { zh: '模型格局', en: 'Model landscape' },
  subtitle: {
    zh: '参数量（个，对数轴）、模型数量（个）、占比（%）；红圈为原文数据有误',
    en: 'Parameters (log axis), number of models, shares in %; a red ring marks an error in the source',
  },
  select: (c) => c.topic === 'model_landscape',
  build: buildModelLandscapeOption,
};
