import { describe, expect, it } from 'vitest';
import { readingView, verbatimSpan } from '../../src/extract/reading-view';

describe('readingView()', () => {
  const text = '损失可能达140亿好意思元,需要千张卡';
  const view = readingView(text, [
    { garbled: '好意思元', correct: '美元' },
    { garbled: '卡', correct: '显卡 (GPU)' },
  ]);

  it('reads garbled words by their correct reading and leaves glosses (卡=显卡) alone', () => {
    expect(view.text).toBe('损失可能达140亿美元,需要千张卡');
  });

  it('maps a span of the reading back to the verbatim text it stands for', () => {
    const start = view.text.indexOf('140亿美元');
    const span = verbatimSpan(view, start, start + '140亿美元'.length);
    expect(text.slice(span.start, span.end)).toBe('140亿好意思元');
  });
});
