import { describe, expect, it } from 'vitest';
import { ownClassNames } from '../../src/app/picture-drawer';
import { pageWithPrerender } from '../../scripts/prerender/page-html';

const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body>
    <div id="root"><p class="loading">…</p></div>
  </body>
</html>
`;

describe('pageWithPrerender()', () => {
  it('puts each language’s page in #root and the language script before anything is drawn', () => {
    const out = pageWithPrerender(INDEX, { zh: '<h1>算力</h1>', en: '<h1>Compute</h1>' });
    expect(out).toContain(
      '<div id="root"><div class="prerendered" data-prerender-lang="zh"><h1>算力</h1></div><div class="prerendered" data-prerender-lang="en"><h1>Compute</h1></div></div>',
    );
    expect(out).not.toContain('class="loading"');
    expect(out.indexOf('lang-boot.js')).toBeLessThan(out.indexOf('<body>'));
    expect(out.indexOf('lang-boot.js')).toBeLessThan(out.indexOf('assets/index.js'));
  });

  it('keeps a page that contains "$&" or "$1" as it is (no replacement patterns)', () => {
    expect(pageWithPrerender(INDEX, { zh: '<p>$& $1 $$</p>' })).toContain('<p>$& $1 $$</p>');
  });

  it('fails loudly on an index.html without a root to fill', () => {
    expect(() => pageWithPrerender('<html><head><title>x</title></head><body></body></html>', { zh: '' })).toThrow(
      /root/,
    );
  });
});

describe('ownClassNames()', () => {
  it('gives each picture its own CSS class names, in its style and its elements', () => {
    const svg =
      '<svg><style>.zr0-cls-1:hover{fill:red}</style><path class="zr0-cls-1"/><path class="zr12-cls-0"/></svg>';
    expect(ownClassNames(svg, 'p-en-compare-w')).toBe(
      '<svg><style>.p-en-compare-w-1:hover{fill:red}</style><path class="p-en-compare-w-1"/><path class="p-en-compare-w-0"/></svg>',
    );
  });
});
