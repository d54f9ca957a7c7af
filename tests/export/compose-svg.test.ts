import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml } from '../../src/export/compose-svg';
import { footnotesFor } from '../../src/export/footnotes';
import { exportLayout, PRESETS } from '../../src/export/layout';
import { dataset, sources } from './dataset';

const attack = '<img src=x onerror=alert(1)>';
const chart = {
  svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1216" height="500" viewBox="0 0 1216 500"><rect width="10" height="10"/></svg>',
  width: 1216,
  height: 500,
};
const claims = dataset.claims.filter((c) => c.topic === 'liquid_cooling');

function svgFor(title: string, footText: string) {
  const footnotes = [...footnotesFor(claims, sources, 'zh'), { n: 9, marker: '⑨', text: footText, sourceId: 'x' }];
  const layout = exportLayout(PRESETS.wide, {
    title,
    subtitle: '单位：亿美元',
    footnotes,
    datasetLine: 'AI 算力论断 · data/claims.csv',
  });
  return { layout, svg: composeSvg(layout, chart, { label: title, transparent: false }) };
}

describe('composeSvg()', () => {
  it('escapes markup in titles and footnotes, so the file cannot run script', () => {
    const { svg } = svgFor(attack, attack);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml(`a&b<"'>`)).toBe('a&amp;b&lt;&quot;&apos;&gt;');
  });

  it('holds the title, subtitle, every footnote and the dataset line as text', () => {
    const { svg, layout } = svgFor('液冷', 'extra');
    for (const l of [...layout.title, ...layout.subtitle, ...layout.footerLines])
      expect(svg).toContain(`>${escapeXml(l.text)}</text>`);
    expect(svg).toContain('通信世界全媒体 (CWW)');
    expect(svg).toContain('AI 算力论断 · data/claims.csv');
  });

  it('nests the chart at its rect, without its XML prolog, scaled from the size it was drawn at', () => {
    const { svg, layout } = svgFor('t', 'f');
    const r = layout.chart;
    expect(svg).toContain(`<svg x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" viewBox="0 0 1216 500"`);
    expect(svg.match(/<\?xml/g)).toBeNull();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"')).toBe(true);
  });

  it('paints a white background unless asked for a transparent one', () => {
    const { layout } = svgFor('t', 'f');
    expect(composeSvg(layout, chart, { label: 't', transparent: false })).toContain('fill="#ffffff"');
    expect(composeSvg(layout, chart, { label: 't', transparent: true })).not.toContain('fill="#ffffff"');
  });

  it('uses the CJK-capable font family on every text', () => {
    const { svg } = svgFor('t', 'f');
    const texts = svg.match(/<text [^>]*>/g) ?? [];
    expect(texts.length).toBeGreaterThan(5);
    for (const t of texts) expect(t).toContain('font-family="&apos;Noto Sans CJK SC&apos;');
  });

  it('refuses a chart that is not SVG', () => {
    const { layout } = svgFor('t', 'f');
    expect(() => composeSvg(layout, { ...chart, svg: 'oops' }, { label: 't', transparent: false })).toThrow(
      'invalid chart SVG',
    );
  });
});
