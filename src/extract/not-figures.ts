/**
 * Numbers that are not figures, told apart by rules a curator applies without thinking: ordinals and list
 * labels (第一, 趋势一, 一是), dates (12月18日), idioms (千行百业, 百模大战), titles (《…500强…》), counts of
 * list items (三个问题, 两大特征), names and versions (GPT-4, Mixtral 8x7B, Ⅲ) and "a few" of something
 * (几家, 几年). Years, bare numbers and codes are told apart later, once the unit is known.
 */
import { isFigure } from '../domain/coverage';
import type { Mention } from './number-mentions';
import { qualifierBefore } from './qualifiers';

// Set phrases whose numerals are not quantities.
const IDIOMS =
  /千行百业|百行万企|百模大战|千家万户|百花齐放|千方百计|万无一失|一带一路|百分百|十全十美|五花八门|四面八方|千差万别|千军万马|万众一心|千篇一律|独一无二|数一数二|一举两得|三番五次|成千上万|千千万万|亿万|众人拾柴|九牛一毛|一五一十|千载难逢|百尺竿头|两化融合|一分为二|三心二意|半壁江山|十之八九|单一|逐一|一一|专一|划一|不一|合一|归一/g;
// What follows a small count of list items: 三个问题, 两个关键维度, 三大转变, 两种模式.
const LIST_ITEMS =
  /^(?:个|项|条|种|类|大)?(?:关键)?(?:问题|方面|维度|因素|要素|特征|特点|阶段|层次|步骤|原因|趋势|方向|模式|方法|路径|原则|任务|措施|转变|挑战|领域|板块|支柱|主阵地|类产业)/;
const DATE_OR_TIME = /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}/g;
const ROMAN = /^[\u2160-\u217B]$/;
const MONTHS_EN = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** Spans of `s` covered by matches of `re`. */
function spans(s: string, re: RegExp): [number, number][] {
  return [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const inside = (m: Mention, list: readonly [number, number][]): boolean => list.some(([a, b]) => m.start < b && a < m.end);

/** Whether position `at` lies inside a book title 《…》. */
function inTitle(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** A lone 一 counts only when hedged: 大概是一年 is a figure, 一种, 每一年 and 之一 are words. */
function isHedgedOne(m: Mention, s: string): boolean {
  return m.text === '一' && qualifierBefore(s.slice(0, m.start), 'zh') !== undefined;
}

/** 三分之一是通用大模型: a longer number before 是 is a subject, not a list label like 一是. */
function isFractionSubject(m: Mention, s: string): boolean {
  return m.text.length > 1 && /^[是者]/.test(s.slice(m.end)) && isFigure(m, s.slice(0, m.end));
}

/** Whether a number of a Chinese sentence can be a figure at all. */
function chineseFigure(m: Mention, s: string): boolean {
  if (inside(m, spans(s, IDIOMS)) || inside(m, spans(s, DATE_OR_TIME))) return false;
  if (ROMAN.test(m.text) || inTitle(s, m.start)) return false;
  if (!isFigure(m, s) && !isHedgedOne(m, s) && !isFractionSubject(m, s)) return false;
  const small = (m.value ?? m.high ?? 0) <= 10 && !/\d/.test(m.text);
  if (small && LIST_ITEMS.test(s.slice(m.end))) return false;
  // "A few" of a thing (几家, 数款, 几倍, 几年) is too vague to chart; 几百, 数亿 and 数以百万 are orders of magnitude.
  if (m.form === 'vague' && !/[十百千万亿]/.test(m.text)) return false;
  return true;
}

/** Whether a number of an English sentence can be a figure at all. */
function englishFigure(m: Mention, s: string): boolean {
  const before = s.slice(0, m.start);
  const after = s.slice(m.end);
  if (/[A-Za-z][-.]?$/.test(before) || /^(?:st|nd|rd|th)\b/i.test(after)) return false;
  // "the top 100 cities" names a ranking (read as a rank where a verb places something in it).
  if (/\btop[- ]?$/i.test(before)) return false;
  // AI 2.0, Web 3.0: a version, not a quantity.
  if (/^\d+\.0$/.test(m.text) && /[A-Za-z]\s?$/.test(before)) return false;
  if (new RegExp(`\\b${MONTHS_EN}\\s*$`).test(before) || new RegExp(`^\\s*${MONTHS_EN}(?:\\s|$)`).test(after)) return false;
  if (inside(m, spans(s, DATE_OR_TIME))) return false;
  // "third", "quarter" alone are ordinals and periods (the third forum, the first quarter), not fractions.
  if (m.form === 'fraction' && /^[a-z]+$/i.test(m.text)) return false;
  return true;
}

/** Whether the number `m` of sentence `s` may be a figure (its unit and context decide the rest). */
export function mayBeFigure(m: Mention, s: string, language: 'zh' | 'en'): boolean {
  return language === 'zh' ? chineseFigure(m, s) : englishFigure(m, s);
}
