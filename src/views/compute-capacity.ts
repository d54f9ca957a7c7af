import { centralValue, type Claim } from '../data/claim';
import type { Metric } from '../data/vocabulary';
import { formatScaled, type Lang } from '../domain/format-number';
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
import { hasFigure, rowsOf, spansDecade, stackPanels } from '../charts/claim-panels';
import { backLine, capacityPath, eflops, isCapacity, isRate, type Capacity } from './compute-capacity-path';
import { DERIVED_LINE, yearAxis } from './liquid-cooling-derived';
import { chartColors } from '../charts/palette';
import type { ViewContext, ViewResult, ViewSpec } from '../charts/view-types';

const isChips = (c: Claim) => c.metric === 'chip_count' && c.unit === 'count' && hasFigure(c);
/** Where a capacity is drawn: the year it describes, else the month it was said (the tooltip says so). */
function yearOf(c: Claim): number {
  if (c.year !== undefined) return c.year;
  const [year, month] = c.asOf.split('-').map(Number);
  return year! + (month ? (month - 0.5) / 12 : 0.5);
}

const REGIONS: Record<string, Record<Lang, string>> = {
  CN: { zh: '全国', en: 'China' },
  Guizhou: { zh: '贵州', en: 'Guizhou' },
  "Gui'an": { zh: '贵安', en: "Gui'an" },
  Shenzhen: { zh: '深圳', en: 'Shenzhen' },
};

const REASONS: Partial<Record<Metric, Record<Lang, string>>> = {
  ranking: {
    zh: '名次不是算力数量，无法放上 EFLOPS 轴',
    en: 'a rank is not an amount of compute, so it has no place on the EFLOPS axis',
  },
  count: {
    zh: '芯片以外的计数（榜单夺冠次数、等效家用电脑台数）在此没有对应的轴',
    en: 'a count of something other than chips (benchmark wins, equivalent home PCs) has no axis here',
  },
  compute_mix_share: {
    zh: '占比没有自己的 EFLOPS 数值，要画出来还需另作推算',
    en: 'a share of the total has no EFLOPS figure of its own; drawing it would need a further derivation',
  },
  cagr: {
    zh: '同一来源没有期末年份的算力数值，无法推算路径',
    en: 'no capacity figure from the same source for the final year to anchor the rate',
  },
};
const reasonFor = (c: Claim, lang: Lang) => REASONS[c.metric]?.[lang] ?? t('capacityOmitOther', lang);

/** Tooltip lines a reader needs to redo our arithmetic: unit conversion, placement, the derivation. */
function extraLines(c: Claim, anchors: ReadonlyMap<string, Capacity>, lang: Lang): string[] {
  const lines: string[] = [];
  if (isCapacity(c) && c.unit === 'PFLOPS') lines.push(`${c.value} PFLOPS = ${eflops(c)} EFLOPS`);
  if (isCapacity(c) && c.year === undefined) lines.push(t('capacityNoYear', lang, { asOf: c.asOf }));
  const end = anchors.get(c.id);
  if (isRate(c) && end) {
    const sum = backLine(end, c, c.periodStart);
    lines.push(t('capacityOnPath', lang, { year: c.periodStart, sum }));
  }
  return lines;
}

/** Compute capacity in EFLOPS by year (PFLOPS converted), a CAGR's implied path, and chip counts in their own panel. */
export function buildComputeCapacityOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const colors = colorsFor(ctx);
  const capacity = claims.filter(isCapacity);
  const chips = claims.filter(isChips).sort((a, b) => (centralValue(b) ?? 0) - (centralValue(a) ?? 0));
  // A CAGR is drawn back from the capacity the same source gives for the same region in the span's last year.
  const anchors = new Map<string, Capacity>();
  const rates = claims.filter(isRate).filter((r) => {
    const end = capacity.find((c) => c.sourceId === r.sourceId && c.region === r.region && c.year === r.periodEnd);
    if (end) anchors.set(r.id, end);
    return end !== undefined;
  });
  const shown = [...capacity, ...chips, ...rates].map((c) => c.id);
  const shownSet = new Set(shown);
  const omitted = claims.filter((c) => !shownSet.has(c.id)).map((c) => ({ claimId: c.id, reason: reasonFor(c, lang) }));

  const series: unknown[] = [];
  const values = capacity.map(eflops);
  const years: number[] = [];
  const points = new Map<string, ReturnType<typeof claimDatum>[]>();
  const add = (sourceId: string, d: ReturnType<typeof claimDatum>) =>
    points.set(sourceId, [...(points.get(sourceId) ?? []), d]);
  for (const c of capacity) {
    const label = { show: true, position: 'right', formatter: REGIONS[c.region]?.[lang] ?? c.region };
    add(c.sourceId, claimDatum(c, [yearOf(c), eflops(c)], ctx, { label }));
    years.push(Math.floor(yearOf(c)));
  }
  for (const r of rates) {
    const color = colorOf(colors, r.sourceId);
    const path = capacityPath(anchors.get(r.id)!, r, color, ctx);
    series.push({ type: 'line', name: path.name, data: path.data, color, lineStyle: { ...DERIVED_LINE, color }, z: 2 });
    values.push(...path.values);
    years.push(r.periodStart, r.periodEnd);
    // The rate claim itself: a hoverable point on the path it defines, labelled with the rate.
    const label = { show: true, position: 'top', formatter: t('cagrLabel', lang, { rate: `${r.value}%` }) };
    add(r.sourceId, claimDatum(r, path.rate, ctx, { label, symbolSize: 10 }));
  }
  for (const [sourceId, data] of points) {
    const name = sourceLegendName(ctx.sources.get(sourceId), sourceId, lang);
    series.push({ type: 'scatter', name, data, color: colorOf(colors, sourceId), z: 4 });
  }
  const chipValues = chips
    .flatMap((c) => [c.value, c.valueLow, c.valueHigh])
    .filter((v): v is number => v !== undefined);
  const chipPanel = {
    title: t('capacityChipsTitle', lang),
    rows: rowsOf(chips),
    log: ctx.logScale && spansDecade(chipValues),
    format: (v: number) => formatScaled(v, lang),
  };
  const stack = stackPanels(chips.length ? [chipPanel] : [], ctx, { top: 60, bottom: 98 }, 1);
  const axis = axisStyle(ctx);
  const option = {
    ...baseOption(ctx, t('capacityDescription', lang)),
    title: [
      {
        text: t('capacityHeading', lang),
        top: '8%',
        left: 8,
        textStyle: { fontSize: 12, fontWeight: 'bold', color: chartColors(ctx.dark).muted },
      },
      ...stack.title,
    ],
    grid: [{ left: 12, right: 72, top: '13%', height: '40%', containLabel: true }, ...stack.grid],
    xAxis: [yearAxis(years, 0, ctx), ...stack.xAxis],
    yAxis: [{ type: ctx.logScale && spansDecade(values) ? 'log' : 'value', ...axis }, ...stack.yAxis],
    tooltip: {
      ...tooltipBase(ctx),
      formatter: claimTooltipFormatter(claims, ctx, (c) => ({ lines: extraLines(c, anchors, lang) })),
    },
    series: [...series, ...stack.series],
  };
  return {
    option,
    shown,
    omitted,
    hasLogAxis: spansDecade(values) || spansDecade(chipValues),
    rows: 12 + chips.length,
  };
}

/** The compute capacity view. */
export const computeCapacityView: ViewSpec = {
  id: 'compute-capacity',
  title: { zh: '算力规模', en: 'Compute capacity' },
  subtitle: {
    zh: '算力（EFLOPS，PFLOPS 已 ÷1000 换算）按年份；下方：芯片/显卡数量（张）',
    en: 'Compute in EFLOPS (PFLOPS ÷ 1000) by year; below: chip and GPU counts',
  },
  select: (c) => c.topic === 'compute_capacity',
  build: buildComputeCapacityOption,
};
