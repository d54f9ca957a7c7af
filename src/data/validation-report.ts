import type { Dataset } from './load-dataset';
import { formatProblem } from './problem';

/** The validator's printed report: one `file:line column — reason` per problem, then a summary line. */
export function validationReport(d: Pick<Dataset, 'claims' | 'sources' | 'problems' | 'rowCount'>): { lines: string[]; ok: boolean } {
  const lines = d.problems.map(formatProblem);
  const ok = d.problems.length === 0 && d.claims.length > 0;
  const summary = ok
    ? `OK: ${d.claims.length} claims from ${d.sources.length} sources; every quote verbatim, every figure in its quote.`
    : `FAILED: ${d.problems.length} problem(s); ${d.claims.length} of ${d.rowCount} claim row(s) valid.`;
  return { lines: [...lines, summary], ok };
}
