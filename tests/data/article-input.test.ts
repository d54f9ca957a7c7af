// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromFile, htmlToText, MAX_ARTICLE_CHARS, pastedArticle } from '../../src/data/article-input';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('htmlToText()', () => {
  it('keeps only the text: scripts, styles, frames, media and event handlers are gone', () => {
    const html = [
      '<html><head><title>t</title><script>alert(1)</script><style>p{}</style></head><body>',
      '<h1 onclick="steal()">液冷进入主流</h1>',
      '<p>2023年中国液冷服务器市场规模15.5亿美元<img src=x onerror="alert(2)"></p>',
      '<iframe src="https://evil.example"></iframe><object data="x"></object><svg><script>alert(3)</script></svg>',
      '<p>同比增长52.6%<a href="javascript:alert(4)">链接</a></p><noscript>no</noscript></body></html>',
    ].join('');
    expect(htmlToText(html)).toBe('液冷进入主流\n2023年中国液冷服务器市场规模15.5亿美元\n同比增长52.6%链接');
  });

  it('never runs what it parses', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    htmlToText('<img src=x onerror="globalThis.pwned=true"><script>globalThis.pwned=true</script>');
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });

  it('reads every payload of the XSS fixture as inert text', () => {
    const payloads = readFileSync('tests/fixtures/xss-payloads.txt', 'utf8');
    const text = htmlToText(`<body><p>${payloads}</p></body>`);
    expect(text).not.toMatch(/<script/i);
  });
});

describe('pastedArticle()', () => {
  it('refuses an empty paste with a reason', () => {
    expect(pastedArticle('  \n ')).toEqual({ ok: false, reason: 'the article is empty: paste its text or drop a file' });
  });
  it('refuses a 5 MB paste, saying how long it is', () => {
    const r = pastedArticle('字'.repeat(5_000_000));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/5\.0 million characters; at most 1 million/);
    expect(pastedArticle('字'.repeat(MAX_ARTICLE_CHARS)).ok).toBe(true);
  });
  it('reduces pasted HTML source to its text and says so', () => {
    expect(pastedArticle('<!doctype html><p>增长<b>52.6%</b></p><script>x()</script>')).toEqual({ ok: true, text: '增长52.6%', note: 'the HTML was reduced to its text' });
  });
});

describe('articleFromFile()', () => {
  it('reads a UTF-8 .txt and a .md file', () => {
    expect(articleFromFile('a.txt', bytes('同比增长52.6%'))).toEqual({ ok: true, text: '同比增长52.6%' });
    expect(articleFromFile('a.md', bytes('# 标题\n\n增长52.6%'))).toMatchObject({ ok: true, text: '# 标题\n\n增长52.6%' });
  });
  it('reads a GBK file as GBK and says so', () => {
    const gbk = new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x32, 0x2e, 0x36, 0x25]); // 增长52.6% in GBK
    const r = articleFromFile('gbk.txt', gbk);
    expect(r).toMatchObject({ ok: true, text: '增长52.6%' });
    expect(r.ok && r.note).toMatch(/GBK/);
  });
  it('refuses a binary file and a file of another kind', () => {
    expect(articleFromFile('a.txt', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary file \(zip, docx or xlsx\)/) });
    expect(articleFromFile('report.pdf', bytes('%PDF'))).toEqual({ ok: false, reason: '"report.pdf" is not a .txt, .md or .html file' });
  });
  it('reduces an .html file to its text', () => {
    expect(articleFromFile('a.html', bytes('<p>一</p><p>二</p><script>x</script>'))).toMatchObject({ ok: true, text: '一\n二' });
  });
});
