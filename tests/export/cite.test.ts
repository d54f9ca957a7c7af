import { describe, expect, it } from 'vitest';
import { apaDate, chartUrl, citeChart, escapeBibtex } from '../../src/export/cite';

const input = {
  title: 'Liquid cooling',
  viewId: 'liquid-cooling',
  version: '3f9a1c2e4b',
  accessed: '2025-07-05',
  url: 'https://example.org/claims/?view=liquid-cooling',
};

describe('chartUrl()', () => {
  it('is the page with ?view=<id> and nothing else of the current query', () => {
    expect(chartUrl('https://example.org/claims/', 'liquid-cooling')).toBe('https://example.org/claims/?view=liquid-cooling');
  });
});

describe('citeChart()', () => {
  it('names the chart, the dataset and its version, the day accessed and the URL in plain text', () => {
    expect(citeChart(input).plain).toBe(
      '“Liquid cooling”, chart from AI compute claims (dataset version 3f9a1c2e4b). https://example.org/claims/?view=liquid-cooling (accessed 2025-07-05).',
    );
  });

  it('writes APA with the retrieval date in words', () => {
    expect(citeChart(input).apa).toBe(
      'AI compute claims. (n.d.). Liquid cooling [Chart; data set version 3f9a1c2e4b]. Retrieved July 5, 2025, from https://example.org/claims/?view=liquid-cooling',
    );
  });

  it('writes a BibTeX @misc entry keyed by view and version', () => {
    const bib = citeChart(input).bibtex;
    expect(bib.split('\n')[0]).toBe('@misc{ai-compute-claims-liquid-cooling-3f9a1c2e4b,');
    expect(bib).toContain('title        = {Liquid cooling},');
    expect(bib).toContain('author       = {{AI compute claims}},');
    expect(bib).toContain('url          = {https://example.org/claims/?view=liquid-cooling},');
    expect(bib).toContain('urldate      = {2025-07-05},');
    expect(bib).toContain('version      = {3f9a1c2e4b},');
    expect(bib.endsWith('\n}')).toBe(true);
  });

  it('escapes LaTeX’s special characters in BibTeX, and keeps its braces balanced', () => {
    const bib = citeChart({ ...input, title: 'Cost & price: 50% of #1 {model}_x ^ ~ $ \\' }).bibtex;
    expect(bib).toContain(
      'title        = {Cost \\& price: 50\\% of \\#1 \\{model\\}\\_x \\textasciicircum{} \\textasciitilde{} \\$ \\textbackslash{}},',
    );
    const unescaped = bib.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('percent-encodes braces and spaces in the BibTeX URL', () => {
    expect(citeChart({ ...input, url: 'https://x.org/a b/{c}?view=v' }).bibtex).toContain('url          = {https://x.org/a%20b/%7Bc%7D?view=v},');
  });

  it('words the plain text and APA in Chinese for the Chinese page', () => {
    const zh = citeChart({ ...input, title: '液冷', lang: 'zh' });
    expect(zh.plain).toBe('“液冷”，AI 算力论断图表（数据集版本 3f9a1c2e4b）。https://example.org/claims/?view=liquid-cooling（访问于 2025-07-05）。');
    expect(zh.apa).toContain('检索于 2025年7月5日');
    expect(zh.bibtex).toContain('title        = {液冷},');
  });
});

describe('escapeBibtex() and apaDate()', () => {
  it('leave plain text alone and refuse a malformed date', () => {
    expect(escapeBibtex('AI compute growth')).toBe('AI compute growth');
    expect(apaDate('2026-01-31', 'en')).toBe('January 31, 2026');
    expect(() => apaDate('2026-13-01', 'en')).toThrow('invalid accessed date');
  });
});
