/** Clause boundaries inside a sentence: the context words of a figure (hedges, cues, keywords) are read there. */

const BOUNDARY = /[，,；;：:。！？!?\n]/;

/** Whether s[i] ends a clause: a comma or colon between digits (1,117.4 · 9:00) is part of a number. */
function isBoundary(s: string, i: number): boolean {
  const ch = s.charAt(i);
  if (!BOUNDARY.test(ch)) return false;
  return !((ch === ',' || ch === ':') && /\d/.test(s.charAt(i - 1)) && /\d/.test(s.charAt(i + 1)));
}

/** Where the clause holding position `at` starts. */
export function clauseStart(s: string, at: number): number {
  for (let i = Math.min(at, s.length) - 1; i >= 0; i--) if (isBoundary(s, i)) return i + 1;
  return 0;
}

/** Where the clause holding position `at` ends (exclusive; the boundary is left out). */
export function clauseEnd(s: string, at: number): number {
  for (let i = at; i < s.length; i++) if (isBoundary(s, i)) return i;
  return s.length;
}
