// Pure text measuring and line breaking, shared by the exports' layout and the charts' row labels.
/** Width of a text at a font size in px; the browser passes canvas measureText, tests the estimate. */
export type MeasureText = (text: string, fontSize: number, fontWeight?: number) => number;

// Code-point ranges drawn about 1em wide: Hangul Jamo, enclosed numerals (①), CJK punctuation, kana and
// ideographs, Hangul syllables, compatibility ideographs, vertical forms, full-width forms, and the
// supplementary ideograph planes.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2460, 0x24ff],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Whether a character is drawn about 1em wide (CJK and full-width forms). */
export function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x1100 && WIDE.some(([lo, hi]) => cp >= lo && cp <= hi); // Latin text skips the table
}

/** Estimated width of a text: CJK characters ≈ 1em, everything else ≈ 0.55em. Pure, so layouts are deterministic. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : 0.55;
  return em * fontSize;
}

// Punctuation that must not start a line (Chinese line-breaking rules), so it stays with what precedes it.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕’”,.;:?!)]}%']);

/** Breakable units: a CJK character each, a Latin word each, and the spaces between them. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out[out.length - 1];
    const lastCh = last ? [...last].pop()! : '';
    if (last !== undefined && NO_LINE_START.has(ch) && last !== ' ') out[out.length - 1] = last + ch;
    else if (ch === ' ') out.push(' ');
    else if (isWide(ch) || last === undefined || last === ' ' || isWide(lastCh)) out.push(ch);
    else out[out.length - 1] = last + ch;
  }
  return out;
}

/** Splits a word wider than the line into pieces that fit, character by character. */
function hardSplit(word: string, maxWidth: number, fontSize: number, measure: MeasureText, weight: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && measure(piece + ch, fontSize, weight) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking: Latin breaks at spaces, CJK between any two characters (never before closing
 * punctuation); a word wider than the line is split by characters. Returns at least one line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText = estimateTextWidth,
  fontWeight = 400,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens(text.replace(/\s+/g, ' ').trim())) {
    if (tok === ' ') {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + tok;
    if (measure(candidate, fontSize, fontWeight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const pieces = hardSplit(tok, maxWidth, fontSize, measure, fontWeight);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
