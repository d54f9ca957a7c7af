import { articleSpan, locateQuote } from './article-text';
import type { Claim } from './claim';
import { figureProblems } from './check-figure';
import { yearOf } from './field-parsers';
import type { Problem } from './problem';
import type { Source } from './source';

/** Where a claim's quote sits in its source file (UTF-16 offsets), for highlighting and selectors. */
export interface QuoteOffsets {
  start: number;
  end: number;
}

/** Everything the semantic checks need besides the claims. */
export interface ValidationContext {
  file: string;
  sources: ReadonlyMap<string, Source>;
  /** Source id → full text of data/sources/<id>.txt. */
  texts: ReadonlyMap<string, string>;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether partial ISO date a is later than b, compared at the precision both have. */
function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Checks one claim on its own terms (not uniqueness). Returns its problems and, if found, its quote offsets. */
export function validateClaim(c: Claim, ctx: ValidationContext): { problems: Problem[]; offsets?: QuoteOffsets } {
  const problems: Problem[] = [];
  const at = (column: string, reason: string) => problems.push({ file: ctx.file, line: c.line, column, reason });

  if (!KEBAB.test(c.id)) at('id', `"${c.id}" is not kebab-case (a-z, 0-9, single hyphens)`);

  let offsets: QuoteOffsets | undefined;
  const source = ctx.sources.get(c.sourceId);
  const text = ctx.texts.get(c.sourceId);
  if (!source) at('source_id', `unknown source "${c.sourceId}"`);
  else if (text === undefined) at('source_id', `no text file for source "${c.sourceId}"`);
  else {
    const span = articleSpan(text, source);
    if (!span) at('source_id', `the article markers of "${c.sourceId}" are not found in its text`);
    else {
      const loc = locateQuote(text, span, c.quote, c.quoteOccurrence);
      if (loc.ok) offsets = { start: loc.start, end: loc.end };
      else at('quote', loc.reason);
      if (loc.ok && loc.count === 1 && c.quoteOccurrence !== undefined && c.quoteOccurrence !== 1) {
        at('quote_occurrence', 'the quote is unique; leave quote_occurrence empty');
      }
    }
  }

  for (const [column, reason] of figureProblems(c)) at(column, reason);

  if (c.value === undefined && (c.valueLow === undefined || c.valueHigh === undefined)) {
    at('value', 'no value: give value, or both value_low and value_high');
  }
  if ((c.valueLow === undefined) !== (c.valueHigh === undefined)) {
    at(c.valueLow === undefined ? 'value_low' : 'value_high', 'a range needs both value_low and value_high');
  }
  if (c.valueLow !== undefined && c.valueHigh !== undefined && c.valueLow > c.valueHigh) {
    at('value_low', `value_low ${c.valueLow} is above value_high ${c.valueHigh}`);
  }
  if (c.value !== undefined && c.valueLow !== undefined && c.value < c.valueLow) at('value', `value ${c.value} is below value_low ${c.valueLow}`);
  if (c.value !== undefined && c.valueHigh !== undefined && c.value > c.valueHigh) at('value', `value ${c.value} is above value_high ${c.valueHigh}`);

  // A forecast or target may name no year ("将来会有数以百万量级的智能体"); a year it names is not in the past.
  if (c.kind === 'forecast' && c.year !== undefined && c.year < yearOf(c.asOf)) {
    at('year', `a forecast for ${c.year} made in ${c.asOf} speaks of the past`);
  }
  if (c.periodStart !== undefined && c.periodEnd !== undefined && c.periodStart > c.periodEnd) {
    at('period_start', `period_start ${c.periodStart} is after period_end ${c.periodEnd}`);
  }
  if (c.metric === 'cagr' && (c.periodStart === undefined || c.periodEnd === undefined)) {
    at('period_start', 'a CAGR needs period_start and period_end');
  }
  if (source && isAfter(c.asOf, source.published)) {
    at('as_of', `as_of ${c.asOf} is after the source was published (${source.published})`);
  }
  return { problems, offsets };
}

/** Validates every claim and the set as a whole; returns problems and the quote offsets of valid claims. */
export function validateClaims(claims: readonly Claim[], ctx: ValidationContext): { problems: Problem[]; offsets: Map<string, QuoteOffsets> } {
  const problems: Problem[] = [];
  const offsets = new Map<string, QuoteOffsets>();
  const firstLine = new Map<string, number>();
  for (const c of claims) {
    const first = firstLine.get(c.id);
    if (first !== undefined) {
      problems.push({ file: ctx.file, line: c.line, column: 'id', reason: `duplicate id "${c.id}" (first on line ${first})` });
    } else firstLine.set(c.id, c.line);
    const r = validateClaim(c, ctx);
    problems.push(...r.problems);
    if (r.offsets && r.problems.length === 0) offsets.set(c.id, r.offsets);
  }
  return { problems, offsets };
}
