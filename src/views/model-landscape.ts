import type { Claim } from '../data/claim';
import { formatClaimValue, formatInUnit, formatScaled, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { claimDatum, sourceLegendName } from '../charts/base-option';
import { byValueDesc, rowOf, type CustomRow, type FullPanel, type PanelRow } from '../charts/claim-panels';
import { buildPanelChart } from '../charts/panel-chart';
import { chartColors } from '../charts/palette';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

/** Why a claim in a unit of its own is left out (it stays in the table). */
function omitReason(c: Claim, lang: Lang): string {
  if (c.unit === 'times') return t('landscapeOmitTimes', lang);
  if (c.unit === 'years') return t('landscapeOmitYears', lang);
  return t('landscapeOmitOther', lang, { unit: c.unit });
}

/** The words before the colon of a label ("Industry models: two thirds …" → "Industry models"). */
const shortLabel = (label: string) => label.split(/[:：占]/)[0]!.trim();

/** The general/industry split as one stacked bar; each segment is the share claim's own data item. */
function mixRow(shares: readonly Claim[], ctx: ViewContext): CustomRow {
  const c = chartColors(ctx.dark);
  return {
    label: t('landscapeMixRow', ctx.lang),
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
      title: t(log ? 'landscapeParamsTitleLog' : 'landscapeParamsTitle', lang),
      rows: params.sort(byValueDesc),
      log,
      min: log ? undefined : 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: t('landscapeModelsTitle', lang),
      rows: counts.sort(byValueDesc),
      log: false,
      min: 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: t('landscapePercentTitle', lang),
      rows: percents.sort(byValueDesc),
      custom: shares.length ? [mixRow(shares, ctx)] : [],
      log: false,
      min: 0,
      max: 100,
      format: (n) => formatInUnit(n, 'percent', lang),
    },
  ];
  const description = t('landscapeDescription', lang);
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
