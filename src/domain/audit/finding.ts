import type { Lang } from '../format-number';

/** How much a finding matters to a reader of the source. */
export type Severity = 'error' | 'warning' | 'info';

/** The audit rules, each in its own file under src/domain/audit/. */
export type AuditRule = 'stated-arithmetic' | 'implied-value' | 'parts-and-wholes' | 'cross-source' | 'known-fact';

/** The computation behind a finding, step by step, so a reader can redo it. Language-neutral (numbers, symbols). */
export interface AuditSteps {
  /** Each input with where it comes from, e.g. "449 (W, as written)". */
  inputs: string[];
  /** The formula applied, e.g. "449 × 1,022,362 × 0.87". */
  formula: string;
  /** What the formula gives. */
  result: string;
  /** What the source said instead, when it said something. */
  stated?: string;
}

/** One finding about the sources' own numbers. Findings are information about the sources, not failures of ours. */
export interface Finding {
  /** Stable id: `${rule}:${claimIds.join('+')}` (plus a suffix if one rule makes two findings on the same claims). */
  id: string;
  rule: AuditRule;
  severity: Severity;
  /** The claims involved, in reading order. */
  claimIds: string[];
  /**
   * The claims the finding calls into question, which carry the red ring on the charts and the badge in the
   * table; all of claimIds when absent. A conflict between sources marks the two claims furthest apart,
   * not every claim it compares: those in between agree with someone.
   */
  markedIds?: string[];
  /** Their sources, each once. */
  sourceIds: string[];
  title: Record<Lang, string>;
  steps: AuditSteps;
  /** The conclusion in plain words. */
  verdict: Record<Lang, string>;
}
