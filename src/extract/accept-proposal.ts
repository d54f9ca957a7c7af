import type { Claim } from '../data/claim';
import { occurrences } from '../data/article-text';
import { isoToday, type UserSource } from '../data/user-source';
import { METRICS } from '../data/vocabulary';
import type { ProposedClaim } from './proposal';

/** A candidate as the user edits it: the proposal's fields plus the label the charts will show. */
export interface CandidateDraft extends ProposedClaim {
  label: string;
}

/** A first label for a candidate: what is measured, and the year it speaks of ("Market / industry size, 2025"). */
export function draftLabel(p: ProposedClaim, language: 'zh' | 'en'): string {
  const what = METRICS[p.metric][language];
  return p.year !== undefined ? `${what}, ${p.year}` : what;
}

/** A proposal with its first label, ready to edit. */
export const toDraft = (p: ProposedClaim, language: 'zh' | 'en'): CandidateDraft => ({ ...p, label: draftLabel(p, language) });

/**
 * The claim a user accepts: an ordinary claims.csv row of their article (the curated validator checks it
 * the same way), marked as theirs. The quote's occurrence is set when the sentence appears more than once.
 */
export function acceptedClaim(d: CandidateDraft, u: Pick<UserSource, 'id' | 'meta' | 'text' | 'addedAt'>, n: number): Claim {
  const starts = occurrences(u.text, d.quote);
  const occurrence = starts.length > 1 ? Math.max(1, starts.indexOf(d.quoteStart) + 1) : undefined;
  const label = d.label.trim() || draftLabel(d, 'en');
  const title = u.meta.title.trim() || u.id;
  return {
    id: `${u.id}-${n}`,
    sourceId: u.id,
    quote: d.quote,
    quoteOccurrence: occurrence,
    figure: d.figure,
    quoteEn: '',
    metric: d.metric,
    subject: label,
    region: '',
    value: d.value,
    valueLow: d.valueLow,
    valueHigh: d.valueHigh,
    qualifier: d.qualifier,
    unit: d.unit,
    derivation: d.derivation,
    year: d.year,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    asOf: u.meta.date.trim() || isoToday(new Date(u.addedAt)),
    kind: d.kind,
    attributedTo: d.attributedTo.trim() || u.meta.author.trim() || u.meta.outlet.trim() || 'the article',
    topic: d.topic,
    labelEn: label,
    labelZh: label,
    flags: [],
    note: 'Proposed by the dashboard from the pasted article and accepted by the user.',
    line: n,
    userData: { file: title, hasSource: true },
  };
}
