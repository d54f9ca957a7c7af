import type { Claim } from '../../data/claim';
import type { Lang } from '../format-number';

/** The common unit a comparison puts claims in. */
export type CommonUnit =
  | 'doubling_months'
  | 'x_per_year'
  | 'annual_percent'
  | 'EFLOPS'
  | 'CNY'
  | 'USD'
  | 'year'
  | 'percent'
  | 'count'
  | 'params';

/** A question several sources answer: a family of comparable claims and the unit to compare them in. */
export interface Question {
  id: string;
  title: Record<Lang, string>;
  /** Which claims answer the question. */
  select: (c: Claim) => boolean;
  /** Units a reader may switch between (the first is the default). */
  units: CommonUnit[];
  /** How the claims are put in the common unit, in words, so a reader can redo the maths. */
  method: Record<Lang, string>;
}

/** A claim in the common unit: a point, an interval, or both. */
export interface ComparedClaim {
  claimId: string;
  sourceId: string;
  unit: CommonUnit;
  value?: number;
  low?: number;
  high?: number;
  /** How the stated figure became this one, e.g. "×4 per year → 12 / log₂ 4 = 6 months". Empty when unchanged. */
  conversion: string;
}
