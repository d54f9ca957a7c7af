import { describe, expect, it } from 'vitest';
import type { ProposedClaim } from '../../src/extract/proposal';
import { qualityFigures, sameValue, scoreProposals, type CuratedClaimSpan, type PlacedProposal } from '../../src/extract/score-proposals';

// One source, two sentences: "A市场规模15.5亿美元,同比增长52.6%。" at 0..20 and "B超过50%。" at 20..27.
const claim = (fields: Partial<CuratedClaimSpan> & Pick<CuratedClaimSpan, 'id' | 'figureStart' | 'figureEnd'>): CuratedClaimSpan => ({
  sourceId: 's',
  quoteStart: 0,
  quoteEnd: 20,
  figure: '',
  unit: 'percent',
  qualifier: 'exactly',
  kind: 'observed',
  ...fields,
});

const proposal = (fields: Partial<ProposedClaim> & Pick<ProposedClaim, 'figure' | 'figureStart'>): PlacedProposal => ({
  sourceId: 's',
  sentence: 0,
  quote: 'A市场规模15.5亿美元,同比增长52.6%。',
  quoteStart: 0,
  qualifier: 'exactly',
  unit: 'percent',
  kind: 'observed',
  metric: 'growth_rate',
  topic: 'market_size',
  attributedTo: '',
  ...fields,
});

const market = claim({ id: 'market', figure: '15.5亿美元', figureStart: 5, figureEnd: 12, value: 1550000000, unit: 'USD', year: 2023 });
const growth = claim({ id: 'growth', figure: '52.6%', figureStart: 17, figureEnd: 22, value: 52.6 });
const bots = claim({ id: 'bots', figure: '超过50%', quoteStart: 20, quoteEnd: 27, figureStart: 21, figureEnd: 26, value: 50, qualifier: 'more_than' });

describe('sameValue()', () => {
  it('compares point values up to a curator’s rounding and ranges by both ends', () => {
    expect(sameValue({ value: 33.333333 }, { value: 33.3333 })).toBe(true);
    expect(sameValue({ valueLow: 3, valueHigh: 5 }, { valueLow: 3, valueHigh: 5 })).toBe(true);
    expect(sameValue({ valueLow: 3, valueHigh: 4 }, { valueLow: 3, valueHigh: 5 })).toBe(false);
    expect(sameValue({ value: 3 }, { valueLow: 3, valueHigh: 5 })).toBe(false);
  });
});

describe('scoreProposals()', () => {
  const proposals = [
    proposal({ figure: '15.5亿美元', figureStart: 5, value: 1550000000, unit: 'USD', year: 2023, metric: 'market_size' }),
    // Right number and place, wrong unit: matched, but neither recalled nor right in value and unit.
    proposal({ figure: '52.6%', figureStart: 17, value: 52.6, unit: 'ratio', kind: 'forecast' }),
    // A second proposal of the same figure is no second curated claim.
    proposal({ figure: '52.6', figureStart: 17, value: 52.6 }),
    // The right figure with the wrong qualifier: it counts for precision, not for recall.
    proposal({ sentence: 1, quote: 'B超过50%。', quoteStart: 20, figure: '50%', figureStart: 3, value: 50 }),
    // A proposal in another source entirely.
    { ...proposal({ figure: '2024', figureStart: 0, value: 2024, unit: 'year' }), sourceId: 'other', quote: '2024年', quoteStart: 0 },
  ];
  const ignored = [{ sourceId: 'other', text: '2024年', reason: 'a year as context' }];
  const q = scoreProposals([market, growth, bots], proposals, ignored);

  it('recalls a claim only with the right value, unit and qualifier in its sentence', () => {
    expect(q.total).toMatchObject({ claims: 3, recalled: 2 });
    expect(q.misses.map((m) => m.claim.id)).toEqual(['bots']);
    expect(q.misses[0]!.matched?.figure).toBe('50%');
  });

  it('counts value and unit, kind and year on the proposal that sits on each curated figure', () => {
    expect(q.total).toMatchObject({ matched: 3, valueUnitRight: 2, kindRight: 2, yearRight: 3 });
    expect(q.wrongValueOrUnit.map((m) => m.claim.id)).toEqual(['growth']);
  });

  it('pairs each curated claim with at most one proposal for precision, and explains ignored sentences', () => {
    expect(q.total).toMatchObject({ proposals: 5, correct: 3 });
    expect(q.falsePositives.map((f) => [f.proposal.figure, f.ignoredBecause])).toEqual([
      ['52.6', undefined],
      ['2024', 'a year as context'],
    ]);
  });

  it('reports recall, precision and F1 per source and in total', () => {
    const f = qualityFigures(q.total);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.precision).toBeCloseTo(3 / 5);
    expect(f.f1).toBeCloseTo((2 * (2 / 3) * (3 / 5)) / (2 / 3 + 3 / 5));
    expect(q.bySource.get('s')).toMatchObject({ claims: 3, proposals: 4, correct: 3 });
    expect(q.bySource.get('other')).toMatchObject({ claims: 0, proposals: 1, correct: 0 });
  });
});
