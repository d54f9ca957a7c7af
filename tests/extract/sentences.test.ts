import { describe, expect, it } from 'vitest';
import { detectLanguage, splitSentences } from '../../src/extract/sentences';

describe('detectLanguage()', () => {
  it('reads a text with Chinese characters as Chinese and any other as English', () => {
    expect(detectLanguage('大模型下半场,液冷从小众走向刚需。')).toBe('zh');
    expect(detectLanguage('The market reached USD 1.55 billion in 2023.')).toBe('en');
  });
});

describe('splitSentences()', () => {
  it('keeps every sentence an exact, trimmed substring at its offsets', () => {
    const text = '  大模型下半场,液冷从小众走向刚需。数据显示,2023年中国液冷服务器市场规模15.5亿美元。\n\n未来AIDC几乎都要采用液冷解决方案。';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      '大模型下半场,液冷从小众走向刚需。',
      '数据显示,2023年中国液冷服务器市场规模15.5亿美元。',
      '未来AIDC几乎都要采用液冷解决方案。',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives an opening quotation mark to the sentence it opens, not to the one before', () => {
    const text = '掀起变革浪潮。“2025年大模型将角逐下半场,需要新打法。”12月18日,何宝宏讲道。';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '掀起变革浪潮。',
      '“2025年大模型将角逐下半场,需要新打法。”',
      '12月18日,何宝宏讲道。',
    ]);
  });

  it('cuts Chinese text at line breaks and full-width semicolons too', () => {
    const text = '难以觉察的终极目标不一致性；难以理解的机器陌生的思维\n最新文章';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['难以觉察的终极目标不一致性；', '难以理解的机器陌生的思维', '最新文章']);
  });

  it('splits English text at sentence ends but not inside decimals', () => {
    const text = 'China had 30.7 EFLOPS in May. It plans 75 EFLOPS.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['China had 30.7 EFLOPS in May.', 'It plans 75 EFLOPS.']);
  });
});
