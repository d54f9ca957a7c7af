import { describe, expect, it } from 'vitest';
import { quoteSelector, textFragmentUrl } from '../../src/domain/quote-selector';

describe('quoteSelector()', () => {
  const text = '数据显示,2023年中国液冷服务器市场规模15.5亿美元,同比增长52.6%,未来五年年复合增长率将达到45.8%。';
  const exact = '同比增长52.6%';
  const start = text.indexOf(exact);

  it('holds the exact text with up to 32 characters of context either side', () => {
    const s = quoteSelector(text, start, start + exact.length);
    expect(s.quote.exact).toBe(exact);
    expect(s.quote.prefix).toBe(text.slice(Math.max(0, start - 32), start));
    expect(s.quote.suffix).toBe(text.slice(start + exact.length, start + exact.length + 32));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start, end: start + exact.length });
  });

  it('counts code points, not UTF-16 units, before an astral character', () => {
    const t = '𠀀前文同比增长';
    const s = quoteSelector(t, t.indexOf('同比'), t.length);
    expect(s.position.start).toBe(3); // 𠀀 is two UTF-16 units but one code point
    expect(s.quote.prefix).toBe('𠀀前文');
  });
});

describe('textFragmentUrl()', () => {
  it('links a short quote whole, escaping the characters fragments reserve', () => {
    expect(textFragmentUrl('https://example.com/a?id=1#top', '每1-2个月')).toBe(
      'https://example.com/a?id=1#:~:text=%E6%AF%8F1%2D2%E4%B8%AA%E6%9C%88',
    );
  });

  it('links a long quote by its first and last 16 characters', () => {
    const q = '据AI Now《计算能力和人工智能》报告指出,早期AI模型算力需求是每21.3个月翻一番';
    const url = textFragmentUrl('https://example.com/', q)!;
    const [start, end] = url.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(start).toBe(Array.from(q).slice(0, 16).join(''));
    expect(end).toBe(Array.from(q).slice(-16).join(''));
  });

  it('gives no link when the source has no web address', () => {
    expect(textFragmentUrl('', 'x')).toBeUndefined();
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeUndefined();
  });
});
