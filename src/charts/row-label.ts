import { estimateTextWidth, wrapText, type MeasureText } from '../domain/text-measure';

/** The row labels' line height: two lines of the 12 px axis font fit a card's 30 px row. */
export const ROW_LABEL_LINE_HEIGHT = 13;
const FONT_SIZE = 12;
const ELLIPSIS = '…';

/**
 * A row label in at most `maxLines` lines no wider than `width`: broken between words, and between CJK
 * characters (never before closing punctuation); only what does not fit in those lines is cut, with "…".
 * Widths are estimated (deterministic); the axis still truncates a line the real font makes too wide.
 */
export function wrapRowLabel(
  text: string,
  width: number,
  maxLines = 2,
  measure: MeasureText = estimateTextWidth,
): string {
  if (!(maxLines >= 1)) throw new Error(`invalid maxLines: ${maxLines}`);
  const lines = wrapText(text, width, FONT_SIZE, measure);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  while (last.length > 0 && measure(last.join('') + ELLIPSIS, FONT_SIZE) > width) last.pop();
  kept[maxLines - 1] = last.join('').trimEnd() + ELLIPSIS;
  return kept.join('\n');
}

/**
 * The axisLabel settings of a category axis of claim rows, `width` px wide: labels wrapped onto `maxLines`
 * lines by wrapRowLabel (the category values stay whole, for tooltips and the table).
 */
export function rowLabelStyle(width: number, maxLines = 2) {
  return {
    width,
    overflow: 'truncate' as const,
    lineHeight: ROW_LABEL_LINE_HEIGHT,
    formatter: (value: string) => wrappedOnce(value, width, maxLines),
  };
}

// ECharts formats every label several times per draw (to size the grid, to space the labels, to draw
// them) and again on every filter change: each wrapping is remembered, per width and line count. Capped,
// so a session with 100,000 imported labels does not keep them all.
const wrapped = new Map<string, string>();
const MAX_REMEMBERED = 5_000;

function wrappedOnce(text: string, width: number, maxLines: number): string {
  const key = `${width}|${maxLines}|${text}`;
  const known = wrapped.get(key);
  if (known !== undefined) return known;
  if (wrapped.size >= MAX_REMEMBERED) wrapped.clear();
  const lines = wrapRowLabel(text, width, maxLines);
  wrapped.set(key, lines);
  return lines;
}

type Axis = { type?: string; gridIndex?: number; data?: unknown[]; axisLabel?: { width?: number } } & Record<
  string,
  unknown
>;
type Grid = { top?: unknown; bottom?: unknown; height?: unknown } & Record<string, unknown>;

/** A grid dimension in px: a number, or a percentage of the chart's height. */
function px(v: unknown, chartHeight: number, fallback: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.endsWith('%')) return (parseFloat(v) / 100) * chartHeight;
  return fallback;
}

/** The widest a row label grows in a wide figure. */
const MAX_WIDE = 360;

/** Room the value axis's labels take from a grid that contains its labels. */
const VALUE_LABELS = 24;

/**
 * Row labels on two lines only where the rows have room for them: for a chart `chartHeight` px tall, each
 * wrapped category axis keeps two lines when its rows are at least two lines apart, and one (then "…")
 * otherwise, so labels never overlap and ECharts never has to hide every other one. Given the chart's
 * width too (a wide exported figure), labels widen to a quarter of it, up to 360 px. Pure: a new option.
 */
export function fitRowLabels<O extends object>(option: O, chartHeight: number, chartWidth?: number): O {
  const o = option as { yAxis?: Axis | Axis[]; grid?: Grid | Grid[] };
  if (!o.yAxis) return option;
  const grids = Array.isArray(o.grid) ? o.grid : o.grid ? [o.grid] : [];
  const fit = (axis: Axis): Axis => {
    const given = axis.axisLabel?.width;
    const width = given === undefined || !chartWidth ? given : Math.max(given, Math.min(MAX_WIDE, chartWidth / 4));
    if (axis.type !== 'category' || width === undefined || !Array.isArray(axis.data) || axis.data.length === 0)
      return axis;
    const grid = grids[axis.gridIndex ?? 0] ?? {};
    const height =
      grid.height !== undefined
        ? px(grid.height, chartHeight, chartHeight)
        : chartHeight - px(grid.top, chartHeight, 60) - px(grid.bottom, chartHeight, 60);
    const pitch = (height - (grid.containLabel ? VALUE_LABELS : 0)) / axis.data.length;
    const lines = pitch >= 2 * ROW_LABEL_LINE_HEIGHT ? 2 : 1;
    return { ...axis, axisLabel: { ...axis.axisLabel, ...rowLabelStyle(width, lines) } };
  };
  return { ...option, yAxis: Array.isArray(o.yAxis) ? o.yAxis.map(fit) : fit(o.yAxis) };
}
