import { describe, expect, it } from 'vitest';
import { footnoteMarker, footnotesFor } from '../../src/export/footnotes';
import { dataset, sources } from './dataset';

const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;

describe('footnoteMarker()', () => {
  it('circles 1 to 20 and brackets from 21 on', () => {
    expect([1, 2, 10, 20].map(footnoteMarker)).toEqual(['①', '②', '⑩', '⑳']);
    expect(footnoteMarker(21)).toBe('(21)');
  });
  it('fails loudly on a number that is not a positive integer', () => {
    expect(() => footnoteMarker(0)).toThrow('invalid footnote number: 0');
  });
});

describe('footnotesFor()', () => {
  it('numbers one footnote per source in sources.csv order, whatever order the claims come in', () => {
    const claims = [...dataset.claims].reverse();
    const notes = footnotesFor(claims, sources, 'en');
    const used = new Set(dataset.claims.map((c) => c.sourceId));
    expect(notes.map((n) => n.sourceId)).toEqual(dataset.sources.filter((s) => used.has(s.id)).map((s) => s.id));
    expect(notes.map((n) => n.marker)).toEqual(notes.map((_, i) => footnoteMarker(i + 1)));
    expect(notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
  });

  it('cites outlet, speaker and date, naming them in English in an English figure', () => {
    const [note] = footnotesFor([claim('he-liquid-cooling-market-2023')], sources, 'en');
    expect(note).toMatchObject({ n: 1, marker: '①', sourceId: 'caict-he-2024' });
    expect(note!.text).toBe('China Information World (CWW), He Baohong (CAICT), 2024-12-23');
    expect(footnotesFor([claim('he-liquid-cooling-market-2023')], sources, 'zh')[0]!.text).toBe(
      '通信世界全媒体 (CWW)，何宝宏 (CAICT)，2024-12-23',
    );
  });

  it('says when a date is inferred, in either language', () => {
    const tianfeng = dataset.claims.find((c) => c.sourceId === 'tianfeng-2024-trends')!;
    expect(footnotesFor([tianfeng], sources, 'en')[0]!.text).toMatch(/2024-01 \(inferred\)$/);
    expect(footnotesFor([tianfeng], sources, 'zh')[0]!.text).toMatch(/2024-01（推断）$/);
  });

  it('names the article where the file names no outlet', () => {
    const tq = dataset.claims.find((c) => c.sourceId === 'three-questions-2024')!;
    const text = footnotesFor([tq], sources, 'en')[0]!.text;
    expect(text).not.toContain('not named');
    expect(text.startsWith(`“${sources.get('three-questions-2024')!.titleEn}”`)).toBe(true);
  });

  it('names at most three speakers and counts the rest', () => {
    const tq = dataset.claims.filter((c) => c.sourceId === 'three-questions-2024');
    const speakers = new Set(tq.map((c) => c.attributedTo)).size;
    expect(speakers).toBeGreaterThan(3);
    expect(footnotesFor(tq, sources, 'en')[0]!.text).toContain(`+${speakers - 3} more`);
  });

  it('gives claims of an unknown source a footnote of their own, after the known ones', () => {
    const stray = { ...claim('he-liquid-cooling-market-2023'), sourceId: 'my-import' };
    const notes = footnotesFor([stray, claim('he-liquid-cooling-market-2023')], sources, 'en');
    expect(notes.map((n) => n.sourceId)).toEqual(['caict-he-2024', 'my-import']);
    expect(notes[1]!.text).toContain('my-import (not in sources.csv)');
  });

  it('has no footnote for a figure without claims', () => {
    expect(footnotesFor([], sources, 'zh')).toEqual([]);
  });
});
