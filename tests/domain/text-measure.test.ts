import { describe, expect, it } from 'vitest';
import { estimateTextWidth, isWide, wrapText } from '../../src/domain/text-measure';

describe('estimateTextWidth()', () => {
  it('counts a CJK character as 1em and anything else as 0.55em', () => {
    expect(estimateTextWidth('算力', 20)).toBe(40);
    expect(estimateTextWidth('AI', 20)).toBeCloseTo(22);
    expect(estimateTextWidth('AI 算力', 10)).toBeCloseTo(3 * 5.5 + 20);
  });
  it('treats full-width punctuation and circled numbers as wide', () => {
    expect(['，', '（', '①', '《'].every(isWide)).toBe(true);
    expect(['a', '1', ',', '('].some(isWide)).toBe(false);
  });
});

describe('wrapText()', () => {
  it('keeps a line that fits whole', () => {
    expect(wrapText('AI compute claims', 1000, 10)).toEqual(['AI compute claims']);
  });
  it('breaks Latin text at spaces, every line within the width', () => {
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(4).trim();
    const lines = wrapText(text, 120, 10);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(estimateTextWidth(l, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
  it('breaks Chinese between characters but never before closing punctuation', () => {
    const text = '2023年中国液冷服务器市场规模15.5亿美元，同比增长52.6%。预计到2028年将达到102亿美元。';
    const lines = wrapText(text, 100, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(estimateTextWidth(l, 10)).toBeLessThanOrEqual(100);
      expect(l[0]).not.toMatch(/[，。、）]/);
    }
  });
  it('splits a word wider than the line', () => {
    const lines = wrapText('x'.repeat(50), 55, 10);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10), 'x'.repeat(10)]);
  });
  it('uses the measure it is given', () => {
    const mono = (t: string, size: number) => [...t].length * size;
    expect(wrapText('ab cd ef', 50, 10, mono)).toEqual(['ab cd', 'ef']);
  });
  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, 10)).toEqual(['']);
  });
});
