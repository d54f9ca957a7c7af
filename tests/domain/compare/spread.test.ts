import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../../scripts/read-dataset-files';
import { loadDataset } from '../../../src/data/load-dataset';
import { compareAll } from '../../../src/domain/compare/normalise';
import type { ComparedClaim } from '../../../src/domain/compare/question';
import { QUESTIONS } from '../../../src/domain/compare/questions';
import { AGREEMENT_FACTOR, representative, spreadOf } from '../../../src/domain/compare/spread';

const cc = (
  claimId: string,
  ends: Partial<ComparedClaim>,
  unit: ComparedClaim['unit'] = 'x_per_year',
): ComparedClaim => ({
  claimId,
  sourceId: 's',
  unit,
  conversion: '',
  ...ends,
});

describe('spreadOf() on hand-made claims', () => {
  const rates = [
    cc('slow', { value: 4 }),
    cc('range', { low: 8, high: 16 }),
    cc('ten', { value: 10 }),
    cc('six', { value: 6 }),
    cc('far', { low: 64, high: 4096 }),
  ];
  const s = spreadOf(rates)!;

  it('takes the top of the highest interval and the bottom of the lowest for the ratio', () => {
    expect(s.highest).toEqual({ claimId: 'far', value: 4096 });
    expect(s.lowest).toEqual({ claimId: 'slow', value: 4 });
    expect(s.ratio).toBe(1024);
    expect(s.scale).toBe('ratio');
  });

  it('uses the geometric middle of an interval as its representative value', () => {
    expect(representative(cc('r', { low: 8, high: 32 }), 'ratio')).toBe(16);
    expect(representative(cc('y', { low: 2027, high: 2029 }, 'year'), 'difference')).toBe(2028);
    expect(s.midRatio).toBe(512 / 4);
  });

  it('groups claims within a factor of 2 by single linkage and names the one that agrees with none', () => {
    expect(AGREEMENT_FACTOR).toBe(2);
    expect(s.agreeing).toEqual([['range', 'ten', 'six', 'slow']]);
    expect(s.outliers).toEqual(['far']);
  });

  it('links a chain through its neighbours even when its ends are more than ×2 apart', () => {
    const chain = spreadOf([cc('a', { value: 1 }), cc('b', { value: 1.8 }), cc('c', { value: 3.2 })])!;
    expect(chain.agreeing).toEqual([['c', 'b', 'a']]);
    expect(chain.outliers).toEqual([]);
  });

  it('says "agree within a factor of 2" only of a group whose ends are within it', () => {
    const tight = spreadOf([
      cc('a', { value: 3 }),
      cc('b', { value: 4 }),
      cc('c', { value: 5 }),
      cc('z', { value: 90 }),
    ])!;
    expect(tight.summary.en).toContain(
      '×5 per year (c), ×4 per year (b) and ×3 per year (a) agree within a factor of 2.',
    );
    // Hundreds of claims close to their neighbours: one run, but its ends are far apart, and the words say so.
    const dense = spreadOf(Array.from({ length: 300 }, (_, i) => cc(`d${i}`, { value: 1 + i * 0.1 })))!;
    expect(dense.summary.en).toContain('All 300 claims follow one another within a factor of 2 (×30.9 end to end).');
    expect(dense.summary.zh).toContain('全部300条论断依次相邻相差不到2倍（首尾相差30.9倍）。');
  });

  it('calls no claim an outlier when there are only two', () => {
    expect(spreadOf([cc('a', { value: 1 }), cc('b', { value: 100 })])!.outliers).toEqual([]);
  });

  it('summarises in plain English and Chinese', () => {
    expect(s.summary.en).toBe(
      'Highest ×4,096 per year (far), lowest ×4 per year (slow): a ×1,024 spread. ' +
        '×8–16 per year (range), ×10 per year (ten), ×6 per year (six) and ×4 per year (slow) ' +
        'follow one another within a factor of 2 (×2.83 end to end). ' +
        '×64–4,096 per year (far) is the outlier.',
    );
    expect(s.summary.zh).toBe(
      '最高 每年×4,096（far），最低 每年×4（slow）：相差1,024倍。' +
        '每年×8–16（range）、每年×10（ten）、每年×6（six）和每年×4（slow）依次相邻相差不到2倍（首尾相差2.83倍）。' +
        '每年×64–4,096（far）为离群值。',
    );
  });

  it('compares calendar years by difference, never by ratio, and says so', () => {
    const y = spreadOf([cc('range', { low: 2027, high: 2029 }, 'year'), cc('point', { value: 2026 }, 'year')])!;
    expect(y.scale).toBe('difference');
    expect(y.ratio).toBeUndefined();
    expect(y.difference).toBe(3);
    expect(y.midDifference).toBe(2);
    expect(y.agreeing).toEqual([['range', 'point']]);
    expect(y.summary.en).toContain('3 years apart (years are compared by difference; a ratio of years means nothing)');
    expect(y.summary.zh).toContain('相隔3年（年份比较差值，年份之比没有意义）');
  });

  it('reports no spread for no claims and a single figure for one', () => {
    expect(spreadOf([])).toBeUndefined();
    expect(spreadOf([cc('only', { value: 3 })])!.summary.en).toBe('Only one claim: ×3 per year (only).');
  });
});

describe('spreadOf() on the real data', () => {
  const dataset = loadDataset(readDatasetFiles('data'));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const spreadFor = (id: string, unit?: ComparedClaim['unit']) => {
    const q = QUESTIONS.find((x) => x.id === id)!;
    const claims = dataset.claims.filter(q.select);
    return spreadOf(compareAll(claims, unit ?? q.units[0]!), { claims, sources })!;
  };

  it('AI compute growth: ×1.48 (early AI, 21.3 months) to ×4,096 (AI Now via Tian Feng), with ×64–4,096 alone', () => {
    const s = spreadFor('compute-growth', 'x_per_year');
    expect(s.highest).toEqual({ claimId: 'tf-compute-doubling-2023', value: 4096 });
    expect(s.lowest.claimId).toBe('tf-compute-doubling-early-ai');
    expect(s.lowest.value).toBeCloseTo(2 ** (12 / 21.3));
    expect(s.ratio).toBeCloseTo(4096 / 2 ** (12 / 21.3));
    expect(s.outliers).toEqual(['tf-compute-doubling-2023', 'tf-compute-doubling-early-ai']);
    expect(s.agreeing).toHaveLength(1);
    expect(s.agreeing[0]).toEqual(
      expect.arrayContaining([
        'tq-frontier-compute-doubling',
        'tq-frontier-compute-yearly',
        'gba-compute-growth-recent',
      ]),
    );
    expect(s.summary.en).toMatch(/^Highest ×4,096 per year \(AI Now Institute via Tian Feng\), lowest ×1\.48 per year/);
    expect(s.summary.en).toContain('×64–4,096 per year (AI Now Institute via Tian Feng)');
    expect(s.summary.zh).toContain('田丰转引AI Now Institute');
  });

  it('AI compute growth in doubling months: the same claims, longest and shortest', () => {
    const s = spreadFor('compute-growth');
    expect(s.summary.en).toMatch(
      /^Longest 21\.3 months .*, shortest 1 month \(AI Now Institute via Tian Feng\): a ×21\.3 spread\./,
    );
  });

  it('data exhaustion: 2026 to 2029, three years apart', () => {
    const s = spreadFor('data-exhaustion');
    expect([s.lowest.value, s.highest.value, s.difference]).toEqual([2026, 2029, 3]);
    expect(s.summary.en).toMatch(/^Latest 2029 \(He Baohong\), earliest 2026 \(Tian Feng\)/);
  });

  it('China compute: Pengcheng’s 16 EFLOPS to CCID’s 360, a ×22.5 spread', () => {
    const s = spreadFor('china-compute-scale');
    expect(s.ratio).toBeCloseTo(22.5);
    expect(s.summary.en).toContain('lowest 16 EFLOPS');
  });
});

describe('spreadOf() with values at or below zero', () => {
  it('gives no ratio, since a ratio to zero or a negative says nothing', () => {
    const s = spreadOf([
      { claimId: 'shrink', sourceId: 's', unit: 'annual_percent', value: -20, conversion: '' },
      { claimId: 'grow', sourceId: 's', unit: 'annual_percent', value: 30, conversion: '' },
    ])!;
    expect(s.ratio).toBeUndefined();
    expect(s.summary.en).toContain('no ratio, as a value is at or below zero');
  });
});
