import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echarts-setup';
// Build-time rendering draws every view at once, so it registers everything the page loads on demand.
import './echarts-extras';
import './svg-renderer';

/**
 * An option drawn as an SVG document string by ECharts' server-side renderer (no DOM): the build's
 * prerendered pictures. The page draws the same option on a canvas when it takes over, so the picture
 * keeps the option's own aria label and loses only what needs a pointer (the tooltip).
 */
export function optionToSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false }, { notMerge: true });
    const svg = chart.renderToSVGString();
    // Scales into its box (width 100%) instead of overflowing when the page's column is narrower than the build's.
    return svg.includes('viewBox')
      ? svg
      : svg.replace('<svg ', `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet" `);
  } finally {
    chart.dispose();
  }
}
