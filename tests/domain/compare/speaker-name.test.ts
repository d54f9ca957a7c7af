import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../../scripts/read-dataset-files';
import { loadDataset } from '../../../src/data/load-dataset';
import { speakerName } from '../../../src/domain/compare/speaker-name';

const dataset = loadDataset(readDatasetFiles('data'));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const said = (id: string, lang: 'en' | 'zh') => {
  const c = dataset.claims.find((x) => x.id === id)!;
  return speakerName(c, sources.get(c.sourceId), lang);
};

describe('speakerName()', () => {
  it('names a speaker in the reader’s script: Harry Shum in English, 沈向洋 in Chinese', () => {
    expect(said('gba-compute-growth-recent', 'en')).toBe('Harry Shum');
    expect(said('gba-compute-growth-recent', 'zh')).toBe('沈向洋');
    expect(said('tq-china-compute-2026', 'en')).toBe('CCID Consulting');
    expect(said('tq-china-compute-2026', 'zh')).toBe('赛迪顾问');
  });

  it('says whose piece relays a figure: AI Now Institute via Tian Feng', () => {
    expect(said('tf-compute-doubling-2023', 'en')).toBe('AI Now Institute via Tian Feng');
    expect(said('tf-compute-doubling-2023', 'zh')).toBe('田丰转引AI Now Institute');
    expect(said('tf-data-exhaustion-2026', 'en')).toBe('Tian Feng');
  });

  it('names the source when the article itself states the figure', () => {
    expect(said('tq-moores-law-article', 'en')).toBe('Three questions on AI');
  });
});
