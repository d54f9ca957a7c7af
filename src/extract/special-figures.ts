/**
 * Figures the number parser cannot see as such: ranks (进入全球TOP10, 位居前三, ranks in the top 5) and
 * comparisons made in words (超过美国、日本、俄罗斯的总和), which the dataset stores as 100 percent of what is
 * compared, the qualifier saying more or less.
 */
import { parseChineseInteger } from '../data/chinese-numerals';
import type { Qualifier } from '../data/vocabulary';
import { clauseStart } from './clauses';
import type { FigureReading } from './figure-reading';

const RANK_ZH = /(?:TOP|Top|top)\s?(\d+)|前([一二三四五六七八九十]+|\d+)(?:名|位|强)?(?![年个天月日周次期])/g;
const RANK_VERB_ZH = /进入|位居|位列|排名|跻身|名列|入围|居于|居|排在|挤进|稳居|保持/;
const RANK_EN = /\btop[- ]?(\d+|three|five|ten|twenty)\b/gi;
const RANK_VERB_EN = /\b(?:ranks?|ranked|placed|entered|enters|reached|into|remains? in)\b/i;
const WORD_NUMBERS: Readonly<Record<string, number>> = { three: 3, five: 5, ten: 10, twenty: 20 };

const COMPARISON = /(超过|高于|多于|大于|少于|低于|不及|相当于|等于)([^，,。；;！？\d]{1,24}?)的?(?:总和|之和)/g;
const COMPARISON_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  超过: 'more_than',
  高于: 'more_than',
  多于: 'more_than',
  大于: 'more_than',
  少于: 'less_than',
  低于: 'less_than',
  不及: 'less_than',
  相当于: 'about',
  等于: 'exactly',
};

/** Ranks written as top-N placings, when a verb of placing comes before them in the clause. */
export function rankFigures(s: string, language: 'zh' | 'en'): FigureReading[] {
  const out: FigureReading[] = [];
  for (const m of s.matchAll(language === 'zh' ? RANK_ZH : RANK_EN)) {
    const lead = s.slice(Math.max(clauseStart(s, m.index), m.index - (language === 'zh' ? 12 : 30)), m.index);
    if (!(language === 'zh' ? RANK_VERB_ZH : RANK_VERB_EN).test(lead)) continue;
    const raw = m[1] ?? m[2] ?? '';
    const value = /^\d+$/.test(raw) ? Number(raw) : (WORD_NUMBERS[raw.toLowerCase()] ?? parseChineseInteger(raw));
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'rank', qualifier: 'up_to', role: 'claim' });
  }
  return out;
}

/** Comparisons in words (超过…的总和) that hold no number of their own. */
export function wordComparisons(s: string, language: 'zh' | 'en'): FigureReading[] {
  if (language !== 'zh') return [];
  return [...s.matchAll(COMPARISON)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: 100,
    unit: 'percent' as const,
    derivation: 'word_comparison' as const,
    qualifier: COMPARISON_QUALIFIER[m[1] ?? ''] ?? 'exactly',
    role: 'claim' as const,
  }));
}
