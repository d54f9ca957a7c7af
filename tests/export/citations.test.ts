import { describe, expect, it } from 'vitest';
import { fullCitation, slideNotes } from '../../src/export/citations';
import { dataset, sources } from './dataset';

const claims = dataset.claims.filter((c) => c.topic === 'liquid_cooling');

describe('slideNotes()', () => {
  const notes = slideNotes('Liquid cooling', claims, sources, 'en');
  it('holds the verbatim quote of every claim the figure shows', () => {
    for (const c of claims) expect(notes).toContain(`“${c.quote}”`);
  });
  it('cites every source in full under the marker the figure prints', () => {
    expect(notes).toContain(`① ${fullCitation(sources.get(claims[0]!.sourceId)!, 'en')}`);
  });
  it('says who said each claim and when, with its note', () => {
    const c = claims.find((x) => x.note)!;
    expect(notes).toContain(`said by ${c.attributedTo}, as of ${c.asOf}`);
    expect(notes).toContain(`Note: ${c.note}`);
  });
  it('is written in Chinese for a Chinese deck', () => {
    expect(slideNotes('液冷', claims, sources, 'zh')).toContain('本图论断');
  });
});

describe('fullCitation()', () => {
  it('gives outlet, title, English title, author, date and URL', () => {
    const s = sources.get('tianfeng-2024-trends')!;
    expect(fullCitation(s, 'en')).toBe(
      `${s.outlet}, “${s.title}” (${s.titleEn}), ${s.author}, 2024-01 (inferred), ${s.url}`,
    );
  });
});
