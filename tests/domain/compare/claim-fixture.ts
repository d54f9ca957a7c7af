import type { Claim } from '../../../src/data/claim';

/** A hand-made claim with neutral defaults; tests override only what they are about. */
export const claim = (over: Partial<Claim> = {}): Claim => ({
  id: 'c',
  sourceId: 's',
  quote: 'q',
  figure: 'q',
  metric: 'compute_demand_growth',
  subject: 'AI compute',
  region: 'global',
  qualifier: 'exactly',
  unit: 'x_per_year',
  asOf: '2024-07-12',
  kind: 'observed',
  attributedTo: 'someone',
  topic: 'compute_growth',
  labelEn: 'label',
  labelZh: '标签',
  quoteEn: '',
  flags: [],
  note: '',
  line: 2,
  ...over,
});
