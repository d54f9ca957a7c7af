import type { ClaimDatum } from './base-option';

/** One interval to draw: a claim's range on the value axis at a category position. */
export interface Interval {
  claimId: string;
  low: number;
  high: number;
  /** Category index (row or column) the interval sits on. */
  at: number;
  color: string;
  dashed?: boolean;
  name?: string;
  /** Pixels across the value axis (a dodge), so intervals sharing a position sit side by side. */
  offset?: number;
}

/**
 * A custom series that draws ranges as bars with end caps ("每3-4个月", "20%到50%"). Horizontal: the value
 * axis is x and categories are rows; vertical: the other way round. Each bar carries its claim id, so
 * hovering shows the provenance tooltip and clicking opens the reader like any point.
 */
export function intervalSeries(name: string, intervals: readonly Interval[], horizontal: boolean, z = 2) {
  const data: (ClaimDatum & { itemStyle: { color: string }; dashed: boolean; offset: number })[] = intervals.map(
    (iv) => ({
      claimId: iv.claimId,
      name: iv.name,
      value: [iv.low, iv.high, iv.at],
      itemStyle: { color: iv.color },
      dashed: Boolean(iv.dashed),
      offset: iv.offset ?? 0,
    }),
  );
  return {
    type: 'custom',
    name,
    z,
    data,
    encode: horizontal ? { x: [0, 1], y: 2 } : { y: [0, 1], x: 2 },
    renderItem: (
      params: { dataIndex: number },
      api: { value: (i: number) => number; coord: (p: number[]) => number[]; style: () => Record<string, unknown> },
    ) => {
      const at = api.value(2);
      const a = api.coord(horizontal ? [api.value(0), at] : [at, api.value(0)]);
      const b = api.coord(horizontal ? [api.value(1), at] : [at, api.value(1)]);
      const color = data[params.dataIndex]!.itemStyle.color;
      const dashed = data[params.dataIndex]!.dashed;
      const thick = 8;
      const cap = 14;
      const shift = data[params.dataIndex]!.offset;
      const [x1, y1] = horizontal ? [a[0]!, a[1]! + shift] : [a[0]! + shift, a[1]!];
      const [x2, y2] = horizontal ? [b[0]!, b[1]! + shift] : [b[0]! + shift, b[1]!];
      const bar = horizontal
        ? { x: Math.min(x1, x2), y: y1 - thick / 2, width: Math.max(Math.abs(x2 - x1), 3), height: thick, r: thick / 2 }
        : {
            x: x1 - thick / 2,
            y: Math.min(y1, y2),
            width: thick,
            height: Math.max(Math.abs(y2 - y1), 3),
            r: thick / 2,
          };
      const capLine = (x: number, y: number) =>
        horizontal
          ? { x1: x, y1: y - cap / 2, x2: x, y2: y + cap / 2 }
          : { x1: x - cap / 2, y1: y, x2: x + cap / 2, y2: y };
      return {
        type: 'group',
        children: [
          {
            type: 'rect',
            shape: bar,
            style: {
              fill: color,
              opacity: dashed ? 0.25 : 0.45,
              stroke: color,
              lineWidth: 1,
              lineDash: dashed ? [4, 3] : null,
            },
          },
          { type: 'line', shape: capLine(x1, y1), style: { stroke: color, lineWidth: 2 } },
          { type: 'line', shape: capLine(x2, y2), style: { stroke: color, lineWidth: 2 } },
        ],
      };
    },
  };
}
