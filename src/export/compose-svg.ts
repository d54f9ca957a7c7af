import { LIGHT_BACKGROUND } from './export-option';
import { textLines, type ExportLayout, type TextLine } from './layout';

/** A chart rendered by ECharts' SVG renderer, with the CSS size it was rendered at. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** What the outer SVG says about itself. */
export interface SvgMeta {
  /** Accessible name of the figure (its title). */
  label: string;
  transparent: boolean;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function textElement(l: TextLine, family: string): string {
  return (
    `<text x="${n(l.x)}" y="${n(l.y)}" font-family="${escapeXml(family)}" font-size="${n(l.fontSize)}" ` +
    `font-weight="${l.fontWeight}" fill="${escapeXml(l.color)}">${escapeXml(l.text)}</text>`
  );
}

/** The chart's own <svg> element, without the XML prolog or doctype a nested element must not have. */
function chartElement(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('invalid chart SVG: no <svg> element');
  return svg.slice(start).trim();
}

/**
 * One self-contained SVG: background (unless transparent), title, subtitle, the chart's SVG nested at its
 * rect (scaled from the size it was rendered at), the rule and the footnotes. Every text is escaped; the
 * chart's SVG is trusted as ECharts wrote it (ECharts escapes its own text).
 */
export function composeSvg(layout: ExportLayout, chart: ChartSvg, meta: SvgMeta): string {
  const { width: W, height: H, chart: r, rule } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" ` +
      `aria-label="${escapeXml(meta.label)}">`,
    `<title>${escapeXml(meta.label)}</title>`,
    meta.transparent ? '' : `<rect width="${W}" height="${H}" fill="${LIGHT_BACKGROUND}"/>`,
    ...textLines(layout).map((l) => textElement(l, layout.fontFamily)),
    `<line x1="${n(rule.x1)}" y1="${n(rule.y)}" x2="${n(rule.x2)}" y2="${n(rule.y)}" stroke="${rule.color}" stroke-width="1"/>`,
    `<svg x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" ` +
      `viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" preserveAspectRatio="none" overflow="hidden">`,
    chartElement(chart.svg),
    '</svg>',
    '</svg>',
  ];
  return parts.filter(Boolean).join('\n');
}
