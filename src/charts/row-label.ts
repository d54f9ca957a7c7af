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
    formatter: (value: string) => wrapRowLabel(value, width, maxLines),
  };
}
