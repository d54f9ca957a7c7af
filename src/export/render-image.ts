import { FONT_FAMILY } from '../charts/base-option';
import { fitRowLabels } from '../charts/row-label';
import { composeSvg } from './compose-svg';
import { ExportError } from '../domain/export-error';
import { LIGHT_BACKGROUND, toExportOption } from './export-option';
import { figureMeta, type FigureSpec } from './figure-spec';
import { markersByClaim, withFootnoteMarkers } from './footnote-markers';
import { checkPixelRatio, exportLayout, textLines, type ExportLayout, type ExportMeta } from './layout';
import { ensureExportFonts, withOffscreenChart } from '../echarts/offscreen-chart';
import type { MeasureText } from '../domain/text-measure';

/**
 * The view's option for a still image of `layout`'s chart: each claim's mark carrying its source's footnote
 * marker, row labels on as many lines as the figure's rows have room for.
 */
function chartOption(spec: Omit<FigureSpec, 'pixelRatio'>, meta: ExportMeta, layout: ExportLayout) {
  const option = toExportOption(spec.option, { transparent: spec.transparent });
  const fitted = fitRowLabels(option, layout.chart.height / layout.chartZoom, layout.chart.width / layout.chartZoom);
  return withFootnoteMarkers(fitted, markersByClaim(spec.claims, meta.footnotes));
}

/** Text widths as the canvas will draw them (after the fonts are loaded). */
function canvasMeasure(ctx: CanvasRenderingContext2D, family: string): MeasureText {
  return (text, size, weight = 400) => {
    ctx.font = `${weight} ${size}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** Draws the header and footer texts and the rule above the footnotes. */
function drawTexts(ctx: CanvasRenderingContext2D, layout: ExportLayout): void {
  ctx.textBaseline = 'alphabetic';
  for (const l of textLines(layout)) {
    ctx.font = `${l.fontWeight} ${l.fontSize}px ${layout.fontFamily}`;
    ctx.fillStyle = l.color;
    // maxWidth squeezes a line the estimate under-measured, rather than letting it run off the image.
    ctx.fillText(l.text, l.x, l.y, l.maxWidth);
  }
  ctx.strokeStyle = layout.rule.color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(layout.rule.x1, layout.rule.y);
  ctx.lineTo(layout.rule.x2, layout.rule.y);
  ctx.stroke();
}

/** The canvas as a PNG blob. */
function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new ExportError('renderFailed', 'the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/**
 * The figure as a PNG of exactly size × pixel ratio pixels: background, title, subtitle, the chart rendered
 * off-screen at its rect, the rule and the numbered source footnotes.
 */
export async function renderPng(spec: FigureSpec): Promise<Blob> {
  const ratio = checkPixelRatio(spec.pixelRatio);
  await ensureExportFonts();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('renderFailed', 'this browser has no 2D canvas');
  const meta = figureMeta(spec);
  const layout = exportLayout(spec.size, meta, canvasMeasure(ctx, FONT_FAMILY), spec);
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  ctx.scale(ratio, ratio);
  if (!spec.transparent) {
    ctx.fillStyle = LIGHT_BACKGROUND;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  const { chart: r, chartZoom } = layout;
  await withOffscreenChart(
    {
      option: chartOption(spec, meta, layout),
      width: r.width,
      height: r.height,
      zoom: chartZoom,
      pixelRatio: ratio,
      renderer: 'canvas',
    },
    // Drawn before dispose: the rendered canvas belongs to the off-screen chart.
    (chart) => ctx.drawImage(chart.renderToCanvas({ pixelRatio: ratio * chartZoom }), r.x, r.y, r.width, r.height),
  );
  drawTexts(ctx, layout);
  return toPngBlob(canvas);
}

/**
 * The figure as one SVG with the same layout as the PNG, the chart drawn by ECharts' SVG renderer. Text is
 * laid out with the width estimate, not this browser's fonts: the file is opened on other machines.
 */
export async function renderSvg(spec: Omit<FigureSpec, 'pixelRatio'>): Promise<string> {
  const meta = figureMeta(spec);
  const layout = exportLayout(spec.size, meta, undefined, spec);
  const { chart: r, chartZoom } = layout;
  const svg = await withOffscreenChart(
    {
      option: chartOption(spec, meta, layout),
      width: r.width,
      height: r.height,
      zoom: chartZoom,
      pixelRatio: 1,
      renderer: 'svg',
    },
    (chart) => chart.renderToSVGString(),
  );
  const chart = { svg, width: r.width / chartZoom, height: r.height / chartZoom };
  return composeSvg(layout, chart, { label: spec.title, transparent: spec.transparent });
}
