import { describe, expect, it } from 'vitest';
import { footnoteMarker, type Footnote } from '../../src/export/footnotes';
import {
  checkPixelRatio,
  exportLayout,
  PRESETS,
  presetSize,
  sizeAroundChart,
  textLines,
  type ExportLayout,
  type ExportMeta,
  type Rect,
} from '../../src/export/layout';
import { estimateTextWidth } from '../../src/domain/text-measure';

const note = (n: number, text: string): Footnote => ({ n, marker: footnoteMarker(n), text, sourceId: `s${n}` });
const meta = (footnotes: Footnote[], title = 'AI compute growth'): ExportMeta => ({
  title,
  subtitle: 'Doubling time in months (log axis); top axis: × per year',
  footnotes,
  datasetLine: 'AI compute claims · data/claims.csv',
});
const long =
  '21世纪经济报道 (21st Century Business Herald), republished by an unrelated site, 沈向洋 (Harry Shum); 高文 (Gao Wen, Peng Cheng Laboratory); 郭嵩 (Song Guo, HKUST) +6 more, 2025-04-23';
const bottom = (r: Rect) => r.y + r.height;

/** Every line's text box: from its top (baseline − ascent) to its baseline + descent. */
const boxes = (l: ExportLayout) =>
  textLines(l).map((t) => ({ top: t.y - t.fontSize, bottom: t.y + t.fontSize * 0.3, t }));

describe('presetSize()', () => {
  it('knows the slide presets and the on-screen size', () => {
    expect(presetSize('wide')).toEqual({ width: 1920, height: 1080 });
    expect(presetSize('standard')).toEqual({ width: 1600, height: 1200 });
    expect(presetSize('square')).toEqual({ width: 1080, height: 1080 });
    expect(presetSize('screen', { width: 871.6, height: 420 })).toEqual({ width: 872, height: 420 });
  });
  it('fails loudly by name', () => {
    expect(() => presetSize('screen')).toThrow('invalid preset: screen');
    expect(() => presetSize('screen', { width: 50, height: 400 })).toThrow('invalid export width: 50');
    expect(() => checkPixelRatio(4)).toThrow('invalid pixel ratio: 4');
  });
});

describe('exportLayout()', () => {
  it('is deterministic', () => {
    const m = meta([note(1, long), note(2, 'CWW, 何宝宏 (CAICT), 2024-12-23')]);
    expect(exportLayout(PRESETS.wide, m)).toEqual(exportLayout(PRESETS.wide, m));
  });

  it('grows the footer with every footnote, and the chart gives up that height', () => {
    const one = exportLayout(PRESETS.wide, meta([note(1, long)]));
    const three = exportLayout(PRESETS.wide, meta([note(1, long), note(2, long), note(3, long)]));
    expect(three.footer.height).toBeGreaterThan(one.footer.height);
    expect(three.chart.height).toBeLessThan(one.chart.height);
    expect(three.chart.height + three.footer.height).toBeLessThanOrEqual(one.chart.height + one.footer.height);
  });

  it('never lets the chart overlap the header or the footer, at any preset and any number of footnotes', () => {
    const cases = [PRESETS.wide, PRESETS.standard, PRESETS.square, { width: 900, height: 480 }];
    for (const size of cases) {
      for (const n of size.width >= 1080 ? [0, 1, 5, 12] : [0, 1, 5]) {
        const l = exportLayout(
          size,
          meta(
            Array.from({ length: n }, (_, i) => note(i + 1, long)),
            'A title '.repeat(30),
          ),
        );
        expect(l.chart.y).toBeGreaterThanOrEqual(bottom(l.header));
        expect(bottom(l.chart)).toBeLessThan(l.footer.y);
        expect(l.chart.height).toBeGreaterThanOrEqual(size.height / 4);
        for (const b of boxes(l)) {
          const inChart = b.bottom > l.chart.y && b.top < bottom(l.chart);
          expect(inChart, `"${b.t.text}" overlaps the chart at ${size.width}×${size.height}`).toBe(false);
          expect(b.bottom).toBeLessThanOrEqual(size.height);
        }
      }
    }
  });

  it('keeps every text line inside its width, with footnotes hanging after their marker', () => {
    const l = exportLayout(PRESETS.square, meta([note(1, long), note(2, long)]));
    for (const t of textLines(l)) {
      expect(estimateTextWidth(t.text, t.fontSize)).toBeLessThanOrEqual(t.maxWidth);
      expect(t.x + t.maxWidth).toBeLessThanOrEqual(l.width);
    }
    const markers = l.footerLines.filter((t) => t.text === '①' || t.text === '②');
    expect(markers).toHaveLength(2);
    const body = l.footerLines.filter((t) => t.x > markers[0]!.x && t.text !== '①' && t.text !== '②');
    expect(body.length).toBeGreaterThan(2); // each long footnote wraps at 1080 px
    expect(new Set(body.map((t) => t.x)).size).toBe(1);
  });

  it('ends with the dataset line, which cannot be switched off', () => {
    const l = exportLayout(PRESETS.wide, meta([]));
    expect(l.footerLines.at(-1)!.text).toBe('AI compute claims · data/claims.csv');
  });

  it('cuts a very long title to two lines with an ellipsis', () => {
    const l = exportLayout(PRESETS.wide, meta([], 'A very long title '.repeat(20)));
    expect(l.title).toHaveLength(2);
    expect(l.title[1]!.text.endsWith('…')).toBe(true);
  });

  it('shrinks the footnotes before it lets the chart fall below half the height', () => {
    const many = Array.from({ length: 16 }, (_, i) => note(i + 1, long));
    const l = exportLayout(PRESETS.wide, meta(many));
    expect(l.chart.height).toBeGreaterThanOrEqual(PRESETS.wide.height / 2);
    const fs = l.footerLines.find((t) => t.text === '①')!.fontSize;
    expect(fs).toBeLessThan(exportLayout(PRESETS.wide, meta([note(1, long)])).footerLines[0]!.fontSize);
  });

  it('refuses a size too small for its footnotes rather than squeeze the chart away', () => {
    const many = Array.from({ length: 20 }, (_, i) => note(i + 1, long));
    expect(() => exportLayout({ width: 400, height: 300 }, meta(many))).toThrow(/too small for 20 source footnotes/);
  });

  it('enlarges the chart for slides and leaves the on-screen size as it is', () => {
    expect(exportLayout(PRESETS.wide, meta([])).chartZoom).toBe(1.5);
    expect(exportLayout({ width: 800, height: 400 }, meta([])).chartZoom).toBe(1);
  });

  it('sizes an on-screen export so the chart keeps its on-screen size, header and footer added', () => {
    const m = meta([note(1, long), note(2, long), note(3, 'CWW, 何宝宏 (CAICT), 2024-12-23')]);
    for (const chart of [
      { width: 658, height: 380 },
      { width: 1362, height: 588 },
    ]) {
      const size = sizeAroundChart(chart, m);
      const l = exportLayout(size, m, undefined, { chartZoom: 1 });
      expect(size.width).toBe(chart.width);
      expect(Math.abs(l.chart.height - chart.height)).toBeLessThanOrEqual(2);
      expect(l.chartZoom).toBe(1);
    }
  });
});
