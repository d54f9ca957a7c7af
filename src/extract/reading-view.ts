/**
 * A sentence as the proposer reads it: republished Chinese text often substitutes words (好意思元 for 美元,
 * 约略 for 大约), and sources.csv records the correct readings. The proposer matches units, hedges and
 * speakers against the corrected reading, then maps every span back to the verbatim text so quotes and
 * figures stay exact substrings of what was pasted.
 */
import type { Reading } from '../data/source';

/** Corrected text plus, for each of its characters, the span of verbatim text it stands for. */
export interface ReadingView {
  text: string;
  /** Verbatim start of the group each corrected character belongs to. */
  from: number[];
  /** Verbatim end of that group. */
  to: number[];
}

/**
 * Readings that replace a word. A gloss that only explains a word (卡=显卡 (GPU)) is not a substitution:
 * its garbled form is part of its reading, and replacing it would garble correct text.
 */
function substitutions(readings: readonly Reading[]): Reading[] {
  return readings
    .map((r) => ({ garbled: r.garbled, correct: r.correct.replace(/\s*[(（].*$/, '') }))
    .filter((r) => r.garbled !== '' && r.correct !== '' && !r.correct.includes(r.garbled))
    .sort((a, b) => b.garbled.length - a.garbled.length);
}

/** Reads `text` with the given readings applied, longest garbled word first, left to right. */
export function readingView(text: string, readings: readonly Reading[] = []): ReadingView {
  const subs = substitutions(readings);
  const view: ReadingView = { text: '', from: [], to: [] };
  let i = 0;
  while (i < text.length) {
    const sub = subs.find((r) => text.startsWith(r.garbled, i));
    const [read, length] = sub ? [sub.correct, sub.garbled.length] : [text.charAt(i), 1];
    for (const ch of read) {
      for (let k = 0; k < ch.length; k++) {
        view.text += ch.charAt(k);
        view.from.push(i);
        view.to.push(i + length);
      }
    }
    i += length;
  }
  return view;
}

/** The verbatim span [start, end) that the corrected span [start, end) stands for. */
export function verbatimSpan(view: ReadingView, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = view.from[start] ?? view.to[view.to.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: view.from[start] ?? 0, end: view.to[end - 1] ?? 0 };
}
