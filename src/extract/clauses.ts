/** Clause boundaries inside a sentence: the context words of a figure (hedges, cues, keywords) are read there. */

const BOUNDARY = /[，,；;：:。！？!?\n]/;

/** Where the clause holding position `at` starts. */
export function clauseStart(s: string, at: number): number {
  for (let i = Math.min(at, s.length) - 1; i >= 0; i--) if (BOUNDARY.test(s.charAt(i))) return i + 1;
  return 0;
}

/** Where the clause holding position `at` ends (exclusive; the boundary is left out). */
export function clauseEnd(s: string, at: number): number {
  for (let i = at; i < s.length; i++) if (BOUNDARY.test(s.charAt(i))) return i;
  return s.length;
}

/** The clause around [start, end). */
export function clauseAround(s: string, start: number, end: number): string {
  return s.slice(clauseStart(s, start), clauseEnd(s, end));
}
