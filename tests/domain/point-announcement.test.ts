import { describe, expect, it } from 'vitest';
import { pointAnnouncement } from '../../src/domain/point-announcement';
import { provenanceOf } from '../../src/domain/provenance';
import { claimById, viewContext } from '../charts/view-context';
import { claim } from './audit/make-claim';

const { sources } = viewContext();
const he = claimById('he-liquid-cooling-market-2023');
const heP = provenanceOf(he, sources.get(he.sourceId));

describe('pointAnnouncement()', () => {
  it('gives the position, value, speaker, source and the curators’ translation in English', () => {
    expect(pointAnnouncement(he, heP, 'en', { i: 2, n: 9 })).toBe(
      'Point 2 of 9. China liquid-cooled server market, 2023: $1.55B (observed). ' +
        'Said by He Baohong (CAICT); CWW / He Baohong · 2024-12-23 · said on 2024-12-18. ' +
        `Translation (by the dataset's curators, not the outlet): “${he.quoteEn}”`,
    );
  });

  it('gives the verbatim original in Chinese', () => {
    expect(pointAnnouncement(he, heP, 'zh', { i: 1, n: 3 })).toBe(
      '第 1 个，共 3 个。2023年中国液冷服务器市场规模：15.5亿美元（实际）。' +
        '出自：何宝宏 (CAICT)；通信世界·何宝宏 · 2024-12-23 · 发言于 2024-12-18。' +
        `原文（逐字引用）：「${he.quote}」`,
    );
  });

  it('says what the curators flagged before the quote', () => {
    const flagged = claimById('he-aidc-electricity-share-2030');
    const text = pointAnnouncement(flagged, provenanceOf(flagged, sources.get(flagged.sourceId)), 'en', { i: 1, n: 1 });
    expect(text).toMatch(/⚠ .+\. Translation/);
  });

  it('falls back to the original when an imported claim has no translation', () => {
    const mine = claim({
      id: 'mine',
      sourceId: 'my-file',
      quote: '市场达到7亿元',
      figure: '7亿元',
      value: 7e8,
      unit: 'CNY',
    });
    const text = pointAnnouncement(mine, provenanceOf(mine, undefined), 'en', { i: 1, n: 1 });
    expect(text).toContain('Said by someone; my-file · said on 2024-07-01.');
    expect(text.endsWith('Original (verbatim): “市场达到7亿元”')).toBe(true);
  });
});
