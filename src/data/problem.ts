/** One thing wrong with an input file, located as precisely as we can. */
export interface Problem {
  file: string;
  /** 1-based line in the file where the offending row starts (0 when it concerns the whole file). */
  line: number;
  /** The column concerned, when there is one. */
  column?: string;
  reason: string;
}

/** `file:line column — reason`, the one format every CLI and the import UI print. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return p.column ? `${where} ${p.column} — ${p.reason}` : `${where} — ${p.reason}`;
}
