/**
 * The hedge around a figure: 超过/逾/以上/多 (more than, at least), 约/近/左右 (about), 高达/可达 (up to),
 * 不到/少于 (less than), and their English equivalents. Words right next to the number also join the
 * figure, so the UI emphasises "超过50%" rather than "50%".
 */
import type { Qualifier } from '../data/vocabulary';

/** A qualifier read next to a number, and how many characters of text it spans. */
export interface QualifierMatch {
  qualifier: Qualifier;
  length: number;
}

type Rule = readonly [RegExp, Qualifier];

// Tried in order on the text just before the number; the longer phrase wins (不超过 before 超过).
const ZH_BEFORE: readonly Rule[] = [
  [/(?:不超过|不高于|不多于|最多|至多|最高可达|最高|高达|可达|可能达到|可能达)$/, 'up_to'],
  [/(?:不低于|不少于|至少|最少|起码|最低)$/, 'at_least'],
  [/(?:不到|不足|少于|低于|小于|未满)$/, 'less_than'],
  [/(?:超过|超出|多于|大于|高于|突破|逾|超)$/, 'more_than'],
  [/(?:大约|大概|大致|约略|约为|约合|约有|约莫|接近|将近|差不多|约|近)$/, 'about'],
];
// Bounds that modify the verb before the number: 至少强大10倍, 最多节省20%.
const ZH_BOUND_OVER_VERB: readonly Rule[] = [
  [/(?:至少|最少|起码)[\u4e00-\u9fff]{1,3}$/, 'at_least'],
  [/(?:最多|至多)[\u4e00-\u9fff]{1,3}$/, 'up_to'],
];
// Verbs that may stand between a hedge and its number: 大概是一年, 约略有200个, 约为140万.
const ZH_LINK = /(?:是|为|有|在|达到|达)$/;
const ZH_AFTER: readonly Rule[] = [
  [/^(?:及以上|以上)/, 'at_least'],
  [/^(?:以下|以内)/, 'up_to'],
  [/^(?:左右|上下)/, 'about'],
  [/^(?:多|余)/, 'more_than'],
];
// Hedges that may sit further back in the clause: 大致相当于英伟达算力的1.5倍, 基本每两年就要翻一番.
const ZH_HEDGE = /大约|大概|大致|约略|大体|估计|基本(?=上|每|以|是|在|达|都|就|为|已)/;

const EN_BEFORE: readonly Rule[] = [
  [/\b(?:up to|as much as|as high as|as many as|a maximum of|at most|no more than|(?:could|may|might) (?:reach|hit|top))$/i, 'up_to'],
  [/\b(?:at least|no less than|not less than|a minimum of)$/i, 'at_least'],
  [/\b(?:less than|fewer than|under|below)$/i, 'less_than'],
  [/\b(?:more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp?(?:s|ed)|in excess of|upwards of)$/i, 'more_than'],
  [/(?:\b(?:about|around|approximately|approx\.|roughly|nearly|almost|close to|some|an estimated|on the order of)|~)$/i, 'about'],
];
const EN_AFTER: readonly Rule[] = [
  [/^(?:\s+or more\b|\s*\+)/i, 'at_least'],
  [/^\s+or (?:less|fewer)\b/i, 'up_to'],
];

/** The qualifier written right before the number (spaces and a linking verb allowed in between). */
export function qualifierBefore(before: string, language: 'zh' | 'en'): QualifierMatch | undefined {
  const trimmed = before.replace(/[ \u00a0]+$/, '');
  const tried = language === 'zh' ? [trimmed, trimmed.replace(ZH_LINK, '')] : [trimmed];
  for (const text of tried) {
    for (const [re, qualifier] of language === 'zh' ? ZH_BEFORE : EN_BEFORE) {
      const m = re.exec(text);
      if (m) return { qualifier, length: before.length - m.index };
    }
  }
  if (language === 'zh') {
    for (const [re, qualifier] of ZH_BOUND_OVER_VERB) {
      const m = re.exec(trimmed);
      if (m) return { qualifier, length: before.length - m.index };
    }
  }
  return undefined;
}

/** The qualifier written right after the number and its unit (以上, 左右, 多, or more). */
export function qualifierAfter(after: string, language: 'zh' | 'en'): QualifierMatch | undefined {
  for (const [re, qualifier] of language === 'zh' ? ZH_AFTER : EN_AFTER) {
    const m = re.exec(after);
    if (m) return { qualifier, length: m[0].length };
  }
  return undefined;
}

/**
 * Whether the clause hedges the figure at `at` with a word that need not touch it (大致, 基本每两年):
 * `clause` runs from the clause start through the figure, and the hedge must come before `at`.
 */
export function hedgedClause(clause: string, at: number, language: 'zh' | 'en'): boolean {
  const hedge = (language === 'zh' ? ZH_HEDGE : /\b(?:roughly|approximately|basically|about|around)\b/i).exec(clause);
  return hedge !== null && hedge.index < at;
}

/** 9000多万, 百余: a 多/余 inside the number itself. */
export const hasMoreThanInside = (numberText: string): boolean => /\d[多余]|[十百千万][多余]/.test(numberText);
