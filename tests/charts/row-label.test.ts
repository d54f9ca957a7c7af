import { describe, expect, it } from 'vitest';
import { fitRowLabels, rowLabelStyle, wrapRowLabel } from '../../src/charts/row-label';
import { VIEWS } from '../../src/views/views';
import { claimsOf, viewContext } from './view-context';
import { estimateTextWidth } from '../../src/domain/text-measure';

const widest = (label: string) => Math.max(...label.split('\n').map((l) => estimateTextWidth(l, 12)));

describe('wrapRowLabel()', () => {
  it('leaves a label that fits on one line whole', () => {
    expect(wrapRowLabel('OpenAI loss in 2026', 220)).toBe('OpenAI loss in 2026');
  });

  it('breaks an English label between words onto a second line, without an ellipsis', () => {
    const label = wrapRowLabel('Chinese unit compute cost ≈1.5× Nvidia equivalent', 220);
    expect(label.split('\n')).toEqual(['Chinese unit compute cost ≈1.5×', 'Nvidia equivalent']);
    expect(label).not.toContain('…');
  });

  it('breaks a Chinese label between characters, never before closing punctuation', () => {
    const label = wrapRowLabel('中国算力核心产业规模，2025年将超过4.4万亿元（预测）', 160);
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('中国算力核心产业规模，2025年将超过4.4万亿元（预测）');
    for (const l of lines) expect(l).not.toMatch(/^[，。）]/);
    expect(widest(label)).toBeLessThanOrEqual(160);
  });

  it('cuts with "…" only what does not fit in two lines, and keeps every line within the width', () => {
    const long =
      'AI revenue needed to pay for AI infrastructure spending per year at current capex, by the estimate of Sequoia';
    const label = wrapRowLabel(long, 220);
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[0]).toBe(long.slice(0, lines[0]!.length));
    expect(widest(label)).toBeLessThanOrEqual(220);
  });

  it('keeps to one line when asked, ellipsised', () => {
    const label = wrapRowLabel('Newest-model compute: ×6–7 per year at first, then slower', 150, 1);
    expect(label).not.toContain('\n');
    expect(label.endsWith('…')).toBe(true);
    expect(() => wrapRowLabel('x', 100, 0)).toThrow('invalid maxLines: 0');
  });
});

describe('rowLabelStyle()', () => {
  it('sets the width, a per-line truncation as a safety net, and a formatter that wraps at that width', () => {
    const style = rowLabelStyle(110);
    expect(style).toMatchObject({ width: 110, overflow: 'truncate', lineHeight: 13 });
    expect(style.formatter('Compute doubling time, deep-learning era (2012 onwards)')).toBe(
      wrapRowLabel('Compute doubling time, deep-learning era (2012 onwards)', 110),
    );
  });
});

describe('fitRowLabels()', () => {
  const LONG = 'Frontier AI compute doubles every three to four months, by the reckoning of the article';
  type Axis = { axisLabel: { formatter: (v: string) => string } };
  const lines = (o: object, i = 0) =>
    ((o as { yAxis: Axis[] }).yAxis[i]!.axisLabel.formatter(LONG).match(/\n/g)?.length ?? 0) + 1;
  const option = (rows: number) => ({
    grid: [{ top: '10%', height: '80%', containLabel: true }],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        data: Array.from({ length: rows }, (_, i) => `row ${i}`),
        axisLabel: rowLabelStyle(220),
      },
      { type: 'value', axisLabel: {} },
    ],
  });

  it('keeps two lines where the rows are two lines apart, and one where they are closer', () => {
    expect(lines(fitRowLabels(option(10), 600))).toBe(2); // ≈ 45 px a row
    expect(lines(fitRowLabels(option(30), 600))).toBe(1); // ≈ 15 px a row
  });

  it('reads grids given by top and bottom in px too, and leaves other axes and the input alone', () => {
    const o = {
      grid: { top: 64, bottom: 44 },
      yAxis: { type: 'category', data: ['a', 'b'], axisLabel: rowLabelStyle(220) },
    };
    expect(lines({ yAxis: [fitRowLabels(o, 400).yAxis] })).toBe(2);
    const input = option(30);
    const out = fitRowLabels(input, 600);
    expect(out.yAxis[1]).toBe(input.yAxis[1]);
    expect(lines(input)).toBe(2);
  });

  it('widens labels to a quarter of a wide chart, up to 360 px, and never narrows them', () => {
    const width = (o: object) => (o as { yAxis: { axisLabel: { width: number } }[] }).yAxis[0]!.axisLabel.width;
    expect(width(fitRowLabels(option(10), 600, 1200))).toBe(300);
    expect(width(fitRowLabels(option(10), 600, 2000))).toBe(360);
    expect(width(fitRowLabels(option(10), 600, 500))).toBe(220);
    expect(width(fitRowLabels(option(10), 600))).toBe(220);
  });

  it("keeps every real view's labels on two lines in its card, where its rows are 30 px", () => {
    for (const view of VIEWS.filter((v) => ['cost-price', 'compute-growth', 'market-size'].includes(v.id))) {
      const r = view.build(claimsOf(view), viewContext());
      const height = Math.max(320, Math.min(720, 120 + 30 * (r.rows ?? 8)));
      const fitted = fitRowLabels(r.option, height) as { yAxis: (Axis & { type: string })[] | Axis };
      const axes = (Array.isArray(fitted.yAxis) ? fitted.yAxis : [fitted.yAxis]) as (Axis & { type: string })[];
      for (const a of axes.filter((a) => a.type === 'category'))
        expect(a.axisLabel.formatter(LONG), view.id).toContain('\n');
    }
  });
});
