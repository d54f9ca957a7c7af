import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/data/claim';
import { CROSS_SOURCE_FACTOR, crossSourceFindings } from '../../../src/domain/audit/cross-source';
import { claim, contextOf, realData } from './make-claim';

const growth = (id: string, sourceId: string, fields: Partial<Claim>) =>
  claim({ id, sourceId, metric: 'compute_demand_growth', topic: 'compute_growth', ...fields });

describe('crossSourceFindings()', () => {
  it('warns when two sources are more than the tolerance factor apart, with the factor', () => {
    const a = growth('a', 'src-a', { unit: 'x_per_year', value: 4 });
    const b = growth('b', 'src-b', { unit: 'doubling_months', valueLow: 1, valueHigh: 2 });
    const [f] = crossSourceFindings([a, b], contextOf());
    expect(CROSS_SOURCE_FACTOR).toBe(2);
    expect(f).toMatchObject({
      rule: 'cross-source',
      severity: 'warning',
      claimIds: ['a', 'b'],
      sourceIds: ['src-a', 'src-b'],
    });
    expect(f?.steps.result).toBe('×64–×4,096/yr (b) vs ×4/yr (a): at least ×16 apart (up to ×1,024)');
  });

  it('reports sources within the tolerance as roughly agreeing', () => {
    const a = growth('a', 'src-a', { unit: 'x_per_year', value: 4 });
    const b = growth('b', 'src-b', { unit: 'doubling_months', value: 6 });
    expect(crossSourceFindings([a, b], contextOf())[0]?.severity).toBe('info');
  });

  it('compares nothing when only one source speaks', () => {
    const a = growth('a', 'src-a', { unit: 'x_per_year', value: 4 });
    const b = growth('b', 'src-a', { unit: 'x_per_year', value: 100 });
    expect(crossSourceFindings([a, b], contextOf())).toEqual([]);
  });

  it('leaves out assumptions and figures about the era before 2010', () => {
    const a = growth('a', 'src-a', { unit: 'x_per_year', value: 4 });
    const ifTen = growth('if', 'src-b', { unit: 'x_per_year', value: 100, kind: 'conditional' });
    const early = growth('early', 'src-c', { unit: 'doubling_months', value: 21.3, periodEnd: 2010 });
    expect(crossSourceFindings([a, ifTen, early], contextOf())).toEqual([]);
  });

  it('puts "within 3–5 years" said in 2024 on the calendar and compares it in years', () => {
    const within = claim({
      id: 'w',
      sourceId: 'src-a',
      metric: 'data_exhaustion',
      unit: 'years',
      valueLow: 3,
      valueHigh: 5,
      asOf: '2024-12-18',
    });
    const by2026 = claim({
      id: 'y',
      sourceId: 'src-b',
      metric: 'data_exhaustion',
      unit: 'year',
      value: 2026,
      asOf: '2024-01',
    });
    const [f] = crossSourceFindings([within, by2026], contextOf());
    expect(f?.steps.result).toBe('2027–2029 (w) vs 2026 (y): 1–3 years apart');
    const [late] = crossSourceFindings([within, { ...by2026, value: 2024 }], contextOf());
    expect(late?.severity).toBe('warning');
  });
});

describe('crossSourceFindings() on the real data', () => {
  const { claims, ctx } = realData();
  const findings = crossSourceFindings(claims, ctx);

  it('finds the sources at least ×16 apart on present-day compute demand growth', () => {
    const f = findings.find((x) => x.claimIds.includes('tf-compute-doubling-2023'));
    expect(f?.severity).toBe('warning');
    expect(f?.sourceIds).toEqual(['tianfeng-2024-trends', 'gba-forum-2024', 'three-questions-2024']);
    expect(f?.claimIds).toEqual(
      expect.arrayContaining([
        'gba-compute-growth-recent',
        'tq-frontier-compute-doubling',
        'tq-frontier-compute-yearly',
      ]),
    );
    expect(f?.claimIds).not.toContain('tf-compute-doubling-early-ai');
    expect(f?.claimIds).not.toContain('tq-amodei-compute-growth');
    expect(f?.steps.result).toContain('at least ×16 apart');
    // Only the two claims furthest apart carry the ring; those in between agree with someone.
    expect(f?.markedIds).toEqual(['tf-compute-doubling-2023', 'gba-compute-growth-recent']);
  });

  it('sets 3–5 years (said 2024-12) against 2026 on data exhaustion: 1–3 years apart', () => {
    const f = findings.find((x) => x.claimIds.includes('he-data-exhaustion-3-5-years'));
    expect(f?.claimIds).toEqual(['he-data-exhaustion-3-5-years', 'tf-data-exhaustion-2026']);
    expect(f?.steps.result).toContain('1–3 years apart');
  });

  it("does not compare Moore's law, which only one source states", () => {
    expect(findings.some((f) => f.claimIds.includes('tq-moores-law-jiang'))).toBe(false);
  });
});
