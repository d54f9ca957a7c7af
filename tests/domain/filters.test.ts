import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';
import { filterClaims, NO_FILTERS, yearSpan } from '../../src/domain/filters';

const { claims } = loadDataset(readDatasetFiles('data'));

describe('filterClaims()', () => {
  it('keeps everything with no filter', () => {
    expect(filterClaims(claims, NO_FILTERS)).toHaveLength(claims.length);
  });
  it('narrows by topic, source, kind and year range together', () => {
    const out = filterClaims(claims, {
      topics: ['liquid_cooling'],
      sources: ['caict-he-2024'],
      kinds: ['observed'],
      yearFrom: 2023,
      yearTo: 2023,
    });
    expect(out.map((c) => c.id).sort()).toEqual(['he-liquid-cooling-growth-2023', 'he-liquid-cooling-market-2023']);
  });
  it('places a claim without a year at the year it was said', () => {
    const out = filterClaims(claims, { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 });
    expect(out.some((c) => c.id === 'tq-frontier-compute-doubling')).toBe(true);
  });
});

describe('yearSpan()', () => {
  it('spans the claims', () => {
    const [a, b] = yearSpan(claims);
    expect(a).toBeLessThanOrEqual(2020);
    expect(b).toBeGreaterThanOrEqual(2030);
  });
});
