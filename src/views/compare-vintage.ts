/**
 * The vintage panel of the comparison: when each claim was said against the year it speaks of (the
 * "as-of" idea of forecast-hub charts). A segment running right is a forecast, one running left looks back.
 */
import type { Claim } from '../data/claim';
import { t } from '../domain/messages';
import { axisStyle } from '../charts/base-option';
import { chartColors, KIND_STYLES } from '../charts/palette';
import type { ViewContext } from '../charts/view-types';

/** A date of as_of (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year: 2024-07-01 → 2024.5. */
export function fractionalYear(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  return y! + ((m ?? 1) - 1) / 12 + ((d ?? 1) - 1) / 365;
}

/** The year a claim speaks of, mid-year (a figure "for 2026" is about the whole year); undefined if it names none. */
export function targetYear(c: Pick<Claim, 'year' | 'periodEnd'>): number | undefined {
  const y = c.periodEnd ?? c.year;
  return y === undefined ? undefined : y + 0.5;
}

/** One row of the vintage panel. */
export interface VintageRow {
  claim: Claim;
  at: number;
  color: string;
}

/** The vintage x axis: whole years, half a year of margin, no thousands separator (2,024 would misread). */
export function vintageAxis(rows: readonly VintageRow[], ctx: ViewContext) {
  const years = rows.flatMap(({ claim }) => [fractionalYear(claim.asOf), targetYear(claim) ?? []].flat());
  const axis = axisStyle(ctx);
  return {
    type: 'value',
    gridIndex: 1,
    min: years.length ? Math.floor(Math.min(...years)) : undefined,
    max: years.length ? Math.ceil(Math.max(...years)) : undefined,
    minInterval: 1,
    name: t('compareVintageAxis', ctx.lang),
    nameLocation: 'middle',
    nameGap: 28,
    ...axis,
    axisLabel: { ...axis.axisLabel, formatter: (v: number) => String(v) },
  };
}

type Api = { value: (i: number) => number; coord: (p: number[]) => number[] };

/** A custom series: per row a dot at as_of and, when the claim names a year, a segment to that year. */
export function vintageSeries(rows: readonly VintageRow[], ctx: ViewContext) {
  const data = rows.map(({ claim, at, color }) => {
    const said = fractionalYear(claim.asOf);
    return {
      claimId: claim.id,
      name: ctx.lang === 'zh' ? claim.labelZh : claim.labelEn,
      value: [said, targetYear(claim) ?? said, at],
      itemStyle: { color },
      hasTarget: targetYear(claim) !== undefined,
      dashed: KIND_STYLES[claim.kind].lineType !== 'solid',
    };
  });
  const fill = chartColors(ctx.dark).hollowFill;
  return {
    type: 'custom',
    name: t('compareVintageSeries', ctx.lang),
    xAxisIndex: 1,
    yAxisIndex: 1,
    z: 3,
    data,
    encode: { x: [0, 1], y: 2 },
    renderItem: (params: { dataIndex: number }, api: Api) => {
      const d = data[params.dataIndex]!;
      const [x1, y] = api.coord([api.value(0), api.value(2)]) as [number, number];
      const [x2] = api.coord([api.value(1), api.value(2)]) as [number, number];
      const color = d.itemStyle.color;
      const target = d.hasTarget
        ? [
            {
              type: 'line',
              shape: { x1, y1: y, x2, y2: y },
              style: { stroke: color, lineWidth: 2, lineDash: d.dashed ? [4, 3] : null },
            },
            { type: 'line', shape: { x1: x2, y1: y - 6, x2, y2: y + 6 }, style: { stroke: color, lineWidth: 2 } },
          ]
        : [];
      return {
        type: 'group',
        children: [
          ...target,
          { type: 'circle', shape: { cx: x1, cy: y, r: 4 }, style: { fill: color, stroke: fill, lineWidth: 1 } },
        ],
      };
    },
  };
}
