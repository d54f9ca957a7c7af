/**
 * How well the proposer reads articles a curator has already read: its proposals are compared with the
 * curated claims of the same sentences. Recall asks whether each curated figure was proposed with the right
 * value, unit and qualifier; precision asks how many proposals are curated claims; value/unit accuracy,
 * kind and year are measured on the proposals that sit on a curated figure.
 */
import { close } from '../data/check-figure';
import type { Kind, Qualifier, Unit } from '../data/vocabulary';
import type { ProposedClaim } from './proposal';

/** A curated claim placed in its source text (offsets into the whole file). */
export interface CuratedClaimSpan {
  id: string;
  sourceId: string;
  quoteStart: number;
  quoteEnd: number;
  figure: string;
  figureStart: number;
  figureEnd: number;
  value?: number;
  valueLow?: number;
  valueHigh?: number;
  unit: Unit;
  qualifier: Qualifier;
  kind: Kind;
  year?: number;
}

/** A proposal placed in the same coordinates: quoteStart is an offset into the whole source file. */
export interface PlacedProposal extends ProposedClaim {
  sourceId: string;
}

/** A sentence the curators decided holds no claim (data/extract-ignore.csv). */
export interface IgnoredSentence {
  sourceId: string;
  text: string;
  reason: string;
}

/** A curated claim the proposer did not get right, with what it proposed in that sentence. */
export interface Miss {
  claim: CuratedClaimSpan;
  matched?: PlacedProposal;
  sameSentence: PlacedProposal[];
}

/** A proposal that is no curated claim, with the ignore-list reason when the curators explained its sentence. */
export interface FalsePositive {
  proposal: PlacedProposal;
  ignoredBecause?: string;
}

/** Counts of one source (or of all). */
export interface QualityCounts {
  claims: number;
  recalled: number;
  proposals: number;
  correct: number;
  matched: number;
  valueUnitRight: number;
  kindRight: number;
  yearRight: number;
}

/** The proposer's quality over a set of curated articles. */
export interface ProposerQuality {
  total: QualityCounts;
  bySource: Map<string, QualityCounts>;
  misses: Miss[];
  /** Matched proposals whose value or unit is wrong. */
  wrongValueOrUnit: Miss[];
  falsePositives: FalsePositive[];
}

const emptyCounts = (): QualityCounts => ({
  claims: 0,
  recalled: 0,
  proposals: 0,
  correct: 0,
  matched: 0,
  valueUnitRight: 0,
  kindRight: 0,
  yearRight: 0,
});

const sameSentence = (p: PlacedProposal, c: CuratedClaimSpan): boolean =>
  p.sourceId === c.sourceId && p.quoteStart < c.quoteEnd && c.quoteStart < p.quoteStart + p.quote.length;

const figureOverlap = (p: PlacedProposal, c: CuratedClaimSpan): number => {
  const start = p.quoteStart + p.figureStart;
  return Math.min(start + p.figure.length, c.figureEnd) - Math.max(start, c.figureStart);
};

const numbers = (x: { value?: number; valueLow?: number; valueHigh?: number }): number[] =>
  [x.value, x.valueLow, x.valueHigh].filter((n): n is number => n !== undefined);

/** Same value, or the same low and high for a range. */
export function sameValue(p: Pick<ProposedClaim, 'value' | 'valueLow' | 'valueHigh'>, c: Pick<CuratedClaimSpan, 'value' | 'valueLow' | 'valueHigh'>): boolean {
  if (c.value !== undefined) return p.value !== undefined && close(p.value, c.value);
  if (c.valueLow === undefined || c.valueHigh === undefined) return false;
  return p.valueLow !== undefined && p.valueHigh !== undefined && close(p.valueLow, c.valueLow) && close(p.valueHigh, c.valueHigh);
}

const shareNumber = (p: PlacedProposal, c: CuratedClaimSpan): boolean =>
  numbers(p).some((a) => numbers(c).some((b) => close(a, b)));

/** The proposal sitting on the claim's figure: overlapping it, else stating one of its numbers. */
function matchOf(c: CuratedClaimSpan, candidates: readonly PlacedProposal[]): PlacedProposal | undefined {
  const byOverlap = candidates.filter((p) => figureOverlap(p, c) > 0).sort((a, b) => figureOverlap(b, c) - figureOverlap(a, c));
  return byOverlap[0] ?? candidates.find((p) => shareNumber(p, c));
}

/** Scores proposals against curated claims; `ignored` only explains false positives, it excuses none. */
export function scoreProposals(
  claims: readonly CuratedClaimSpan[],
  proposals: readonly PlacedProposal[],
  ignored: readonly IgnoredSentence[] = [],
): ProposerQuality {
  const bySource = new Map<string, QualityCounts>();
  const counts = (id: string): QualityCounts => bySource.get(id) ?? bySource.set(id, emptyCounts()).get(id)!;
  const misses: Miss[] = [];
  const wrongValueOrUnit: Miss[] = [];
  const used = new Set<PlacedProposal>();
  for (const p of proposals) counts(p.sourceId).proposals++;
  for (const c of claims) {
    const n = counts(c.sourceId);
    n.claims++;
    const candidates = proposals.filter((p) => sameSentence(p, c));
    const right = candidates.filter((p) => sameValue(p, c));
    const matched = matchOf(c, candidates);
    if (right.some((p) => p.unit === c.unit && p.qualifier === c.qualifier)) n.recalled++;
    else misses.push({ claim: c, matched, sameSentence: candidates });
    if (matched) {
      n.matched++;
      if (sameValue(matched, c) && matched.unit === c.unit) n.valueUnitRight++;
      else wrongValueOrUnit.push({ claim: c, matched, sameSentence: candidates });
      if (matched.kind === c.kind) n.kindRight++;
      if (matched.year === c.year) n.yearRight++;
    }
    // Precision pairs each curated claim with at most one proposal, preferring one on its figure.
    const free = right.filter((p) => !used.has(p)).sort((a, b) => figureOverlap(b, c) - figureOverlap(a, c));
    if (free[0]) {
      used.add(free[0]);
      n.correct++;
    }
  }
  const falsePositives = proposals
    .filter((p) => !used.has(p))
    .map((proposal) => {
      const ig = ignored.find((i) => i.sourceId === proposal.sourceId && (proposal.quote.includes(i.text) || i.text.includes(proposal.quote)));
      return ig ? { proposal, ignoredBecause: ig.reason } : { proposal };
    });
  const total = [...bySource.values()].reduce((t, n) => {
    for (const k of Object.keys(t) as (keyof QualityCounts)[]) t[k] += n[k];
    return t;
  }, emptyCounts());
  return { total, bySource, misses, wrongValueOrUnit, falsePositives };
}

/** A share, 0 when there is nothing to share out. */
export const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** The headline figures of a set of counts: recall, value/unit accuracy, precision, F1, kind and year. */
export function qualityFigures(n: QualityCounts): { recall: number; valueUnit: number; precision: number; f1: number; kind: number; year: number } {
  const recall = ratio(n.recalled, n.claims);
  const precision = ratio(n.correct, n.proposals);
  return {
    recall,
    valueUnit: ratio(n.valueUnitRight, n.matched),
    precision,
    f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision),
    kind: ratio(n.kindRight, n.matched),
    year: ratio(n.yearRight, n.matched),
  };
}
