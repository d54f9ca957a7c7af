import type { EChartsCoreOption } from 'echarts/core';
import type { PictureDrawer, PictureVariants } from '../components/prerendered';
import { prebuiltTooltips } from '../charts/prebuilt-tooltips';
import { sha256Hex } from '../data/sha256';
import { FULL_WIDTH_CHARTS, INLINE_PICTURES, PHONE_MAX_WIDTH, PICTURE_WIDTHS } from './prerender-sizes';

type ToSvg = (option: EChartsCoreOption, width: number, height: number) => string;

/** One drawn picture, kept so a test can compare it with what the page draws (no drift). */
export interface DrawnPicture {
  key: string;
  variant: 'wide' | 'narrow';
  width: number;
  height: number;
  option: EChartsCoreOption;
}

/**
 * Draws the build's pictures of one language's page: the first screen's inline, the others as SVG files
 * named by their content (cached for ever, like the bundle), which `files` collects (path → text). The
 * inline pictures also get their tooltips written out (prebuilt-tooltips.ts) beside them, which
 * src/app/prerender-hover.ts shows on the picture until the app's chart takes over.
 */
export function pictureDrawer(lang: string, toSvg: ToSvg) {
  const files = new Map<string, string>();
  const drawn: DrawnPicture[] = [];
  const svgOf = (key: string, variant: 'wide' | 'narrow', option: EChartsCoreOption, height: number) => {
    const width =
      variant === 'narrow'
        ? PICTURE_WIDTHS.narrow
        : FULL_WIDTH_CHARTS.has(key)
          ? PICTURE_WIDTHS.full
          : PICTURE_WIDTHS.card;
    drawn.push({ key, variant, width, height, option });
    return { width, svg: ownClassNames(toSvg(option, width, height), `p-${lang}-${key}-${variant[0]}`) };
  };
  /** Writes a file named by its content; returns its URL from the page. */
  const file = (name: string, ext: string, text: string) => {
    const path = `prerender/${name}-${sha256Hex(text).slice(0, 10)}.${ext}`;
    files.set(path, text);
    return `./${path}`;
  };
  const draw = (key: string, variants: PictureVariants, height: number): string => {
    const wide = svgOf(key, 'wide', variants.wide, height);
    const narrow = svgOf(key, 'narrow', variants.narrow, height);
    if (INLINE_PICTURES.has(key)) {
      // In the page, not a file: the hover script answers as soon as it runs, with no request to wait for
      // behind the app's. A JSON script is data, never run; '<' is escaped so no text in it can close it.
      const tips = JSON.stringify(prebuiltTooltips({ ...variants })).replace(/</g, '\\u003c');
      return (
        `<script type="application/json" class="pic-tips">${tips}</script>` +
        `<div class="pic-wide" data-drawing="wide">${wide.svg}</div>` +
        `<div class="pic-narrow" data-drawing="narrow">${narrow.svg}</div>`
      );
    }
    const svgFile = (svg: string, variant: string) =>
      file(`${lang}-${key}-${variant}`, 'svg', `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
    return (
      `<picture><source media="(max-width: ${PHONE_MAX_WIDTH}px)" srcset="${svgFile(narrow.svg, 'narrow')}">` +
      `<img src="${svgFile(wide.svg, 'wide')}" alt="" width="${wide.width}" height="${height}" loading="lazy" decoding="async"></picture>`
    );
  };
  const drawer: PictureDrawer = { draw };
  return { drawer, files, drawn };
}

/**
 * ECharts' SSR names its SVG's CSS classes after the renderer instance (`zr0-cls-3`); pictures written
 * into one page share one stylesheet scope, so each gets its own prefix.
 */
export function ownClassNames(svg: string, prefix: string): string {
  return svg.replace(/\bzr\d+-cls-/g, `${prefix}-`);
}
