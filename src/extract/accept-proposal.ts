import type { Claim } from '../data/claim';
import { occurrences } from '../data/article-text';
import { isoToday, type UserSource } from '../data/user-source';
import { METRICS } from '../data/vocabulary';
import type { ProposedClaim } from './proposal';

/** A candidate as the user edits it: the proposal's fields plus the label the charts will show. */
export interface CandidateDraft extends ProposedClaim {
  label: string;
}

// Words that join a subject to its figure ("规模为", "将达到", "reached") and are not part of the label.
const LINKING_TAIL = /(?:\s|将|会|已|已经|为|是|达|达到|约|约为|超过|超|高达|近|接近|仅|只有|增长|同比|了|的|在|共|有|reached|reach|to|is|was|were|be|about|of|at|by|over|more than|nearly|around)+$/i;
const CLAUSE_START = /^.*[,，;；:：。!！?？、]/s;

/**
 * A first label for a candidate, in the article's own words: the clause before the figure without its
 * linking words ("2024年中国液冷服务器市场规模"). When that leaves nothing, what is measured and the year.
 */
export function draftLabel(p: ProposedClaim, language: 'zh' | 'en'): string {
  const lead = p.quote.slice(0, p.figureStart).replace(CLAUSE_START, '').replace(LINKING_TAIL, '').trim();
  if (lead.length >= 4) return lead.length > 40 ? `…${lead.slice(-40)}` : lead;
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
