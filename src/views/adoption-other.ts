import type { Claim } from '../data/claim';
import { formatInUnit, formatScaled, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { byValueDesc, rowOf, type FullPanel, type PanelRow } from '../charts/claim-panels';
import { buildPanelChart } from '../charts/panel-chart';
import type { Omitted, ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

/** A span of years that the data pins to calendar years (3–5 years from Dec 2024 → 2027–2029). */
const hasPeriod = (c: Claim) => c.unit === 'years' && c.periodStart !== undefined && c.periodEnd !== undefined;

/** Where a claim goes on the year axis: a year as a point, a dated span as an interval. */
function yearRow(c: Claim): PanelRow | undefined {
  if (c.unit === 'year' && c.value !== undefined) return { claim: c, at: c.value };
  if (hasPeriod(c)) return { claim: c, at: [c.periodStart!, c.periodEnd!] };
  return undefined;
}

function omitReason(c: Claim, lang: Lang): string {
  if (c.unit === 'rank') return t('adoptionOmitRank', lang);
  if (c.unit === 'years') return t('adoptionOmitDuration', lang);
  return t('viewOmitNoPanelForUnit', lang, { unit: c.unit });
}

/** Tooltip line for a dated span: the calendar years it is drawn at, since the text says "N years". */
function extraLines(c: Claim, lang: Lang): string[] {
  if (!hasPeriod(c)) return [];
  return [t('adoptionSpanDrawnAs', lang, { from: c.periodStart!, to: c.periodEnd! })];
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
      title: t('adoptionPercentTitle', lang),
      rows: percents.sort(byValueDesc),
      log: false,
      min: 0,
      max: 100,
      format: (n) => formatInUnit(n, 'percent', lang),
    },
    {
      title: t(log ? 'adoptionCountsTitleLog' : 'adoptionCountsTitle', lang),
      rows: counts.sort(byValueDesc),
      log,
      min: log ? undefined : 0,
      format: (n) => formatScaled(n, lang),
    },
    {
      title: t('adoptionYearsTitle', lang),
      // Earliest first, so the 30 years of accumulated data read before the years it runs out.
      rows: years.sort((a, b) => [a.at].flat()[0]! - [b.at].flat()[0]!),
      log: false,
      min: yearValues.length ? Math.floor(Math.min(...yearValues) / 5) * 5 : undefined,
      max: yearValues.length ? Math.ceil((Math.max(...yearValues) + 1) / 5) * 5 : undefined,
      format: (n) => String(n),
    },
  ];
  const description = t('adoptionDescription', lang);
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
