import type { Claim } from '../data/claim';
import { compareAll } from '../domain/compare/normalise';
import type { CommonUnit, Question } from '../domain/compare/question';
import { QUESTIONS } from '../domain/compare/questions';
import { spreadOf, type Spread } from '../domain/compare/spread';
import { buildCompareOption } from './compare';
import type { ViewContext, ViewResult } from '../charts/view-types';

/** A comparison ready to draw: its question, unit, claims, spread and chart. */
export interface CompareFigure {
  question: Question;
  unit: CommonUnit;
  claims: Claim[];
  spread?: Spread;
  result: ViewResult;
}

/** The question a comparison id names (the first question when the id is unknown). */
export function questionById(id: string): Question {
  return QUESTIONS.find((q) => q.id === id) ?? QUESTIONS[0]!;
}

/** The unit to show a question in: the requested one if the question allows it, else its default. */
export function unitFor(q: Question, requested?: string): CommonUnit {
  return requested && q.units.includes(requested as CommonUnit) ? (requested as CommonUnit) : q.units[0]!;
}

/**
 * Builds one comparison: every claim of the question in the unit, the spread in words, the chart (laid out
 * for a phone-width card when `narrow`).
 */
export function buildCompareFigure(
  q: Question,
  claims: readonly Claim[],
  unit: CommonUnit,
  ctx: ViewContext,
  narrow = false,
): CompareFigure {
  const mine = claims.filter(q.select);
  const compared = compareAll(mine, unit, ctx.lang);
  return {
    question: q,
    unit,
    claims: mine,
    spread: spreadOf(compared, { claims: mine, sources: ctx.sources }),
    result: buildCompareOption(compared, mine, ctx, { unit, title: q.title[ctx.lang], narrow }),
  };
}
