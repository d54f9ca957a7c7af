import { describe, expect, it } from 'vitest';
import { datasetLineOf, figureMeta } from '../../src/export/figure-spec';

describe('datasetLineOf()', () => {
  it('names the dataset, its file and its version in the footer of every export', () => {
    expect(datasetLineOf('en', '3f9a1c2e4b')).toBe('AI compute claims · data/claims.csv · dataset version 3f9a1c2e4b');
    expect(datasetLineOf('zh', '3f9a1c2e4b')).toBe('AI 算力论断 · data/claims.csv · 数据集版本 3f9a1c2e4b');
    expect(datasetLineOf('en')).toBe('AI compute claims · data/claims.csv');
  });

  it('is the dataset line of a figure given its version', () => {
    const meta = figureMeta({ title: 'T', subtitle: 'S', claims: [], sources: new Map(), lang: 'en', datasetVersion: 'abcdef1234' });
    expect(meta.datasetLine).toContain('dataset version abcdef1234');
  });
});
