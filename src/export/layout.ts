import { FONT_FAMILY } from '../charts/base-option';
import type { Footnote } from './footnotes';
import { checkSize, type ExportSize } from './presets';
import { estimateTextWidth, wrapText, type MeasureText } from '../domain/text-measure';

export { estimateTextWidth, wrapText } from '../domain/text-measure';
export { checkPixelRatio, checkSize, PIXEL_RATIOS, PRESETS, presetSize } from './presets';
export type { ExportSize, PresetId } from './presets';

/** The texts an exported figure carries besides its chart. */
export interface ExportMeta {
  title: string;
  /** Names the unit(s). */
  subtitle: string;
  footnotes: readonly Footnote[];
  /** "AI compute claims · data/claims.csv". */
  datasetLine: string;
}

/** One line of text to draw; `y` is its alphabetic baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  fontWeight: number;
  color: string;
  /** The width it was wrapped to: the canvas squeezes a line that measures wider, rather than overflow. */
  maxWidth: number;
}

/** An axis-aligned rectangle in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where everything of an exported figure goes. */
export interface ExportLayout extends ExportSize {
  fontFamily: string;
  header: Rect;
  chart: Rect;
  footer: Rect;
  title: TextLine[];
  subtitle: TextLine[];
  /** Markers and footnote text lines, then the dataset line. */
  footerLines: TextLine[];
  rule: { x1: number; x2: number; y: number; color: string };
  /** The chart is drawn at chart/zoom CSS pixels and scaled up, so its labels grow with the slide. */
  chartZoom: number;
}

const TEXT = '#1b1f24';
const MUTED = '#4b5260';
const RULE = '#c9ced6';
const LINE_HEIGHT = 1.3;
// Smaller footnote sizes tried, in turn, until the chart keeps half the height.
const FOOTNOTE_STEPS = [1, 0.9, 0.8, 0.7, 0.6];

/** Layout choices beyond the size. */
export interface LayoutOptions {
  /** Draw the chart at this zoom instead of one that grows with the figure (1 = as on screen). */
  chartZoom?: number;
}

/** Every text line of a layout, in drawing order. */
export function textLines(layout: ExportLayout): TextLine[] {
  return [...layout.title, ...layout.subtitle, ...layout.footerLines];
}

/** At most `max` lines; the last one kept ends with an ellipsis when text was cut. */
function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]!.replace(/.$/u, '')}…`];
}

/**
 * The layout of an exported figure: title and subtitle on top, numbered source footnotes and the dataset
 * line at the bottom (wrapped, with a hanging indent), and the chart in all the height between. Pure and
 * deterministic for a given `measure`; throws when the size leaves the chart less than a quarter of it.
 */
export function exportLayout(
  size: ExportSize,
  meta: ExportMeta,
  measure: MeasureText = estimateTextWidth,
  options: LayoutOptions = {},
): ExportLayout {
  const { width: W, height: H } = checkSize(size);
  const s = Math.min(1.6, Math.max(0.6, Math.sqrt((W * H) / (1920 * 1080))));
  const px = (n: number) => Math.round(n * s);
  const pad = px(44);
  const contentW = W - 2 * pad;
  const line = (
    text: string,
    x: number,
    top: number,
    fontSize: number,
    fontWeight: number,
    color: string,
    maxWidth: number,
  ): TextLine => ({
    text,
    x,
    y: Math.round(top + fontSize * 1.02),
    fontSize,
    fontWeight,
    color,
    maxWidth,
  });

  let top = pad;
  const block = (text: string, fontSize: number, weight: number, color: string, maxLines: number) =>
    clampLines(wrapText(text, contentW, fontSize, measure, weight), maxLines).map((t) => {
      const l = line(t, pad, top, fontSize, weight, color, contentW);
      top += Math.round(fontSize * LINE_HEIGHT);
      return l;
    });
  const title = block(meta.title, px(40), 700, TEXT, 2);
  top += px(6);
  const subtitle = meta.subtitle ? block(meta.subtitle, px(24), 400, MUTED, 3) : [];
  const headerBottom = top + px(16);

  for (const step of FOOTNOTE_STEPS) {
    const fs = Math.max(10, Math.round(px(18) * step));
    const ds = Math.max(10, Math.round(px(15) * step));
    const indent = Math.ceil(Math.max(0, ...meta.footnotes.map((f) => measure(f.marker, fs))) + fs * 0.4);
    const wrapped = meta.footnotes.map((f) => ({ f, lines: wrapText(f.text, contentW - indent, fs, measure) }));
    const count = wrapped.reduce((n, w) => n + w.lines.length, 0);
    const footerTop = H - pad - Math.round(ds * LINE_HEIGHT) - px(6) - count * Math.round(fs * LINE_HEIGHT) - px(14);
    const chartBottom = footerTop - px(12);
    if (chartBottom - headerBottom < H / 2 && step !== FOOTNOTE_STEPS[FOOTNOTE_STEPS.length - 1]) continue;
    if (chartBottom - headerBottom < H / 4)
      throw new Error(`export size ${W}×${H} is too small for ${meta.footnotes.length} source footnotes`);
    let y = footerTop + px(14);
    const footerLines: TextLine[] = [];
    for (const { f, lines } of wrapped) {
      footerLines.push(line(f.marker, pad, y, fs, 400, TEXT, indent));
      for (const t of lines) {
        footerLines.push(line(t, pad + indent, y, fs, 400, TEXT, contentW - indent));
        y += Math.round(fs * LINE_HEIGHT);
      }
    }
    footerLines.push(line(meta.datasetLine, pad, y + px(6), ds, 400, MUTED, contentW));
    return {
      width: W,
      height: H,
      fontFamily: FONT_FAMILY,
      header: { x: 0, y: 0, width: W, height: headerBottom },
      chart: { x: pad, y: headerBottom, width: contentW, height: chartBottom - headerBottom },
      footer: { x: 0, y: footerTop, width: W, height: H - footerTop },
      title,
      subtitle,
      footerLines,
      rule: { x1: pad, x2: W - pad, y: footerTop + 0.5, color: RULE },
      chartZoom: options.chartZoom ?? Math.max(1, Math.round(s * 150) / 100),
    };
  }
  throw new Error('unreachable: the last footnote step always returns or throws');
}

/**
 * The figure size whose chart is `chart` big: the on-screen chart plus room for the header and footer
 * around it, so the "on-screen size" export shows the chart as the card does. Converges in a few steps
 * because the header and footer grow only slowly with the figure.
 */
export function sizeAroundChart(
  chart: ExportSize,
  meta: ExportMeta,
  measure: MeasureText = estimateTextWidth,
): ExportSize {
  const width = Math.round(chart.width);
  let height = Math.round(chart.height * 2);
  for (let i = 0; i < 6; i++) {
    const overhead = height - exportLayout({ width, height }, meta, measure, { chartZoom: 1 }).chart.height;
    const next = Math.min(4000, Math.round(chart.height) + overhead);
    if (next === height) break;
    height = next;
  }
  return { width, height };
}
