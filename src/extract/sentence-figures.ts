/**
 * The figures of one sentence and which of them are claims. Numbers that only frame another figure (the
 * 2026 of 预计到2026年…360EFlops, the 两年 of 往时两年…翻了10倍) are context, returned apart as framing; a
 * future year stated on its own is a claim when the clause predicts something by then.
 */
import { clauseEnd, clauseStart } from './clauses';
import { readFigure, type FigureReading } from './figure-reading';
import { FORECAST } from './kind';
import { mayBeFigure } from './not-figures';
import { sentenceMentions } from './number-mentions';
import { rankFigures, wordComparisons } from './special-figures';

const overlapping = (a: FigureReading, list: readonly FigureReading[]): boolean =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** Every figure of the corrected sentence `s`, in order. */
export function readFigures(s: string, language: 'zh' | 'en'): FigureReading[] {
  const found: FigureReading[] = [];
  for (const m of sentenceMentions(s, language)) {
    // A numeral inside the unit of the figure before it (the 千 of 8760万千瓦时) is part of that unit.
    if (m.start < (found[found.length - 1]?.end ?? 0) || !mayBeFigure(m, s, language)) continue;
    const f = readFigure(s, m, language, found);
    if (f) found.push(f);
  }
  const extra = [...rankFigures(s, language), ...wordComparisons(s, language)].filter((f) => !overlapping(f, found));
  return [...found, ...extra].sort((a, b) => a.start - b.start);
}

// A future year stated on its own is the figure when the clause predicts something by or in it
// (预计将在2026年学习完…, 到2029年都恐难实现盈利, will run out by 2028), not when it only dates a statement.
const YEAR_CLAIM_CUE = new RegExp(`${FORECAST.source}|恐|可能|\\b(?:may|might|could)\\b`, 'i');
const YEAR_CLAIM_PREPOSITION = /(?:在|到|于|至|截至)\s*$|\b(?:by|in|until|before)\s+$/i;
const AFTER_POINT_IN_TIME = /^(?:以后|之后|后|以前|之前|前|下来|ago|later|from now)/;

/**
 * Which figures are claims. A duration or year followed by another figure of the sentence frames that
 * figure (往时两年,英伟达市值翻了10倍; 预计到2026年…360EFlops) and is returned as framing instead.
 */
export function claimsOf(s: string, figures: readonly FigureReading[], asOfYear: number | undefined): { claims: FigureReading[]; framing: FigureReading[] } {
  // A later figure whose own clause names another year is framed by that year, not by this one.
  const datedElsewhere = (g: FigureReading, self: FigureReading): boolean =>
    figures.some((y) => y.role === 'calendar_year' && y !== self && y.start >= clauseStart(s, g.start) && y.end <= clauseEnd(s, g.end));
  const framesLaterFigure = (i: number): boolean => {
    for (const next of figures.slice(i + 1)) {
      if (next.role === 'claim') return !datedElsewhere(next, figures[i]!);
      if (next.role === 'calendar_year') return false;
    }
    return false;
  };
  const claims: FigureReading[] = [];
  const framing: FigureReading[] = [];
  figures.forEach((f, i) => {
    if (f.role === 'claim') claims.push(f);
    else if (framesLaterFigure(i)) framing.push(f);
    else if (f.role === 'duration') {
      if (!AFTER_POINT_IN_TIME.test(s.slice(f.end).trim())) claims.push(f);
    } else {
      const from = clauseStart(s, f.start);
      const clause = s.slice(from, clauseEnd(s, f.end));
      const future = asOfYear !== undefined && (f.value ?? 0) > asOfYear;
      // A year after a figure of its own clause dates that figure (losses could reach USD 14 billion by 2026).
      const datesEarlier = figures.slice(0, i).some((g) => g.role === 'claim' && g.start >= from);
      if (future && !datesEarlier && YEAR_CLAIM_PREPOSITION.test(s.slice(0, f.start)) && YEAR_CLAIM_CUE.test(clause)) claims.push(f);
    }
  });
  return { claims, framing };
}

