import type { Claim } from '../data/claim';
import { formatInUnit, formatScaled, type Lang } from '../domain/format-number';
import { byValueDesc, rowOf, type FullPanel, type PanelRow } from './claim-panels';
import { buildPanelChart } from './panel-chart';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from './view-types';

/** A span of years that the data pins to calendar years (3–5 years from Dec 2024 → 2027–2029). */
const hasPeriod = (c: Claim) => c.unit === 'years' && c.periodStart !== undefined && c.periodEnd !== undefined;

/** Where a claim goes on the year axis: a year as a point, a dated span as an interval. */
function yearRow(c: Claim): PanelRow | undefined {
  if (c.unit === 'year' && c.value !== undefined) return { claim: c, at: c.value };
  if (hasPeriod(c)) return { claim: c, at: [c.periodStart!, c.periodEnd!] };
  return undefined;
}

function omitReason(c: Claim, lang: Lang): string {
  if (c.unit === 'rank')
    return lang === 'zh'
      ? '名次（如“前十”）不是数量，无法与其他数值同轴'
      : 'a rank (such as "top 10") is a placing, not a quantity to plot';
  if (c.unit === 'years')
    return lang === 'zh'
      ? '时长没有对应的起止年份，无法放上年份轴'
      : 'a duration with no start and end year cannot go on the year axis';
  return lang === 'zh' ? `本视图没有“${c.unit}”单位的面板` : `no panel here for its unit (${c.unit})`;
}

/** Tooltip line for a dated span: the calendar years it is drawn at, since the text says "N years". */
function extraLines(c: Claim, lang: Lang): string[] {
  if (!hasPeriod(c)) return [];
  return lang === 'zh'
    ? [`图中画为 ${c.periodStart}–${c.periodEnd} 年（由发言时间推算）`]
    : [`drawn as ${c.periodStart}–${c.periodEnd} (counted from when it was said)`];
}

/** Adoption and the rest: percentages, counts (log axis), and data-exhaustion years on a year axis. */
export function buildAdoptionOtherOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const percents: PanelRow[] = [];
  const counts: PanelRow[] = [];
  const years: PanelRow[] = [];
  const omitted: Omitted[] = [];
  for (const c of claims) {
    const row = c.unit === 'percent' || c.unit === 'count' ? rowOf(c) : yearRow(c);
    if (row && c.unit === 'percent') percents.push(row);
    else if (row && c.unit === 'count') counts.push(row);
    else if (row) years.push(row);
    else omitted.push({ claimId: c.id, reason: omitReason(c, lang) });
  }
  const yearValues = years.flatMap((r) => [r.at].flat());
  const log = ctx.logScale;
  const panels: FullPanel[] = [
    {
      title: lang === 'zh' ? '百分比（占比或降幅）' : 'Percent (shares and reductions)',
      rows: percents.sort(byValueDesc),
      log: false,
      min: 0,
      max: 100,
      format: (n) => formatInUnit(n, 'percent', lang),
    },
    {
      title: lang === 'zh' ? `数量（个${log ? '，对数轴' : ''}）` : `Counts${log ? ' (log scale)' : ''}`,
      rows: counts.sort(byValueDesc),
      log,
      min: log ? undefined : 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: lang === 'zh' ? '年份：数据耗尽与时间跨度' : 'Year: data exhaustion and time spans',
      // Earliest first, so the 30 years of accumulated data read before the years it runs out.
      rows: years.sort((a, b) => [a.at].flat()[0]! - [b.at].flat()[0]!),
      log: false,
      min: yearValues.length ? Math.floor(Math.min(...yearValues) / 5) * 5 : undefined,
      max: yearValues.length ? Math.ceil((Math.max(...yearValues) + 1) / 5) * 5 : undefined,
      format: (n) => String(n),
    },
  ];
  const description =
    lang === 'zh'
      ? '应用及其他论断：百分比、数量（对数轴）和数据耗尽年份，按单位分面。'
      : 'Adoption and other claims in panels by unit: percentages, counts on a log axis, and data-exhaustion years on a year axis.';
  const chart = buildPanelChart(panels, claims, ctx, description, (c) => ({ lines: extraLines(c, lang) }));
  return { ...chart, omitted, hasLogAxis: true };
}

/** The adoption and other figures view. */
export const adoptionOtherView: ViewSpec = {
  id: 'adoption-other',
  title: { zh: '应用及其他', en: 'Adoption and other figures' },
  subtitle: {
    zh: '按单位分面：百分比（%）、数量（个，对数轴）、年份',
    en: 'One panel per unit: percent, counts (log axis), calendar years',
  },
  select: (c) => c.topic === 'adoption_other',
  build: buildAdoptionOtherOption,
};
