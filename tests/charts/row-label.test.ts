import { describe, expect, it } from 'vitest';
import { rowLabelStyle, wrapRowLabel } from '../../src/charts/row-label';
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
