import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a figure meets its budget; `info` rows have none (comparisons, diagnostics). */
export type Verdict = 'pass' | 'fail' | 'info' | 'n/a';

/** One row of the printed table and of results.json. */
export interface Row {
  /** Stable key for tools reading results.json. */
  id: string;
  figure: string;
  value: string;
  budget: string;
  verdict: Verdict;
  /** The number behind `value`, in the unit the id names (ms, bytes, ratio). */
  raw?: number;
}

/** A row checked against an upper bound. */
export function budgetRow(id: string, figure: string, raw: number, shown: string, max: number, maxShown: string): Row {
  const verdict: Verdict = Number.isFinite(raw) ? (raw <= max ? 'pass' : 'fail') : 'fail';
  return { id, figure, value: shown, budget: `≤ ${maxShown}`, verdict, raw };
}

/** A row without a budget. */
export function infoRow(id: string, figure: string, value: string, raw?: number): Row {
  return { id, figure, value, budget: '—', verdict: 'info', raw };
}

/** The table `figure | value | budget | pass/fail`, padded to columns. */
export function formatTable(rows: readonly Row[]): string {
  const cells = [
    ['figure', 'value', 'budget', 'pass/fail'],
    ...rows.map((r) => [r.figure, r.value, r.budget, r.verdict]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(' | ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

/** Writes results as pretty JSON, creating the folder. */
export function writeResults(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
