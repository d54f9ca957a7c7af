import { describe, expect, it } from 'vitest';
import { mulberry32, syntheticClaimsCsv, SYNTHETIC_TOPICS } from '../../scripts/synthetic-claims';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { importClaims } from '../../src/data/import-claims';
import { loadDataset } from '../../src/data/load-dataset';

const d = loadDataset(readDatasetFiles('data'));
const ctx = { sources: new Map(d.sources.map((s) => [s.id, s])), texts: d.sourceTexts };
const taken = new Set(d.claims.map((c) => c.id));

describe('syntheticClaimsCsv()', () => {
  it('gives the same CSV for the same seed, and a different one for another seed', () => {
    expect(syntheticClaimsCsv(200, 7)).toBe(syntheticClaimsCsv(200, 7));
    expect(syntheticClaimsCsv(200, 7)).not.toBe(syntheticClaimsCsv(200, 8));
  });

  it('writes rows that importClaims accepts as the user’s own data, every one of them', () => {
    const r = importClaims(syntheticClaimsCsv(400, 3), 'synthetic.csv', ctx, taken);
    expect(r.problems).toEqual([]);
    expect(r.rowCount).toBe(400);
    expect(r.claims).toHaveLength(400);
    expect(r.claims.every((c) => c.userData?.hasSource === false)).toBe(true);
  });

  it('names claims syn-<n> and sources the dataset does not have', () => {
    const r = importClaims(syntheticClaimsCsv(20), 'synthetic.csv', ctx, taken);
    expect(r.claims.map((c) => c.id)).toEqual([...Array(20)].map((_, i) => `syn-${i + 1}`));
    expect(r.claims.some((c) => ctx.sources.has(c.sourceId))).toBe(false);
  });

  it('puts the figure inside the quote and covers every topic of the dashboard', () => {
    const r = importClaims(syntheticClaimsCsv(80), 'synthetic.csv', ctx, taken);
    expect(r.claims.every((c) => c.quote.includes(c.figure))).toBe(true);
    expect(new Set(r.claims.map((c) => c.topic))).toEqual(new Set(SYNTHETIC_TOPICS));
    expect(new Set(SYNTHETIC_TOPICS).size).toBe(8);
  });
});

describe('mulberry32()', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = [...Array(1000)].map(() => a());
    expect(xs).toEqual([...Array(1000)].map(() => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
