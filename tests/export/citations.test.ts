import { describe, expect, it } from 'vitest';
import { fullCitation, slideNotes } from '../../src/export/citations';
import { dataset, sources } from './dataset';

const claims = dataset.claims.filter((c) => c.topic === 'liquid_cooling');

describe('slideNotes()', () => {
  const notes = slideNotes('Liquid cooling', claims, sources, 'en');
  it('holds the verbatim quote of every claim the figure shows, under its translation in English', () => {
    for (const c of claims) {
      expect(notes).toContain(`Original (verbatim): 「${c.quote}」`);
      expect(notes).toContain(`Translation (by the dataset's curators, not the outlet): “${c.quoteEn}”`);
      expect(notes.indexOf(c.quoteEn)).toBeLessThan(notes.indexOf(c.quote));
    }
  });
  it('cites every source in full under the marker the figure prints', () => {
    expect(notes).toContain(`① ${fullCitation(sources.get(claims[0]!.sourceId)!, 'en')}`);
  });
  it('says who said each claim and when, with its note', () => {
    const c = claims.find((x) => x.note)!;
    expect(notes).toContain(`said by ${c.attributedToEn}, as of ${c.asOf}`);
    expect(c.attributedToEn).toBe('He Baohong (CAICT)');
    expect(notes).toContain(`Note: ${c.note}`);
  });
  it('is written in Chinese for a Chinese deck: the original, the speaker as written', () => {
    const zh = slideNotes('液冷', claims, sources, 'zh');
    expect(zh).toContain('本图论断');
    expect(zh).toContain(`出自 ${claims[0]!.attributedTo}`);
    expect(zh).not.toContain(claims[0]!.quoteEn);
  });
  it('lists the flags of a flagged claim', () => {
    const aidc = dataset.claims.filter((c) => c.id === 'he-aidc-electricity-share-2030');
    expect(slideNotes('Power', aidc, sources, 'en')).toContain('⚠ Far outside other projections');
  });
});

describe('fullCitation()', () => {
  it('gives outlet, title, English title, author, date and URL', () => {
    const s = sources.get('tianfeng-2024-trends')!;
    expect(fullCitation(s, 'en')).toBe(
      `Baijiahao (Baidu), “${s.title}” (${s.titleEn}), Tian Feng, head of SenseTime's Intelligent Industry Research Institute, 2024-01 (inferred), ${s.url}`,
    );
  });
});
