import { describe, expect, it } from 'vitest';
import { absoluteHref, embedSnippet } from '../../src/export/embed-snippet';

describe('embedSnippet()', () => {
  it('gives an iframe of the embed address, named by the chart', () => {
    const src = absoluteHref('?lang=en&view=liquid-cooling&embed=1', { origin: 'https://example.org', pathname: '/claims/' });
    expect(embedSnippet(src, 'Liquid-cooled servers')).toBe(
      '<iframe src="https://example.org/claims/?lang=en&amp;view=liquid-cooling&amp;embed=1" title="Liquid-cooled servers" ' +
        'width="100%" height="620" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });

  it('escapes every attribute value', () => {
    const html = embedSnippet('https://x.org/?q="><script>alert(1)</script>', 'A "title" <b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('src="https://x.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('title="A &quot;title&quot; &lt;b&gt;"');
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => embedSnippet('javascript:alert(1)', 'x')).toThrow('invalid embed address');
  });
});
