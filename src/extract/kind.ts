/**
 * What kind of statement a figure is, from the words before it in its sentence: a condition (如果, 若, if),
 * a target (目标, 力争, aim), a forecast (预计, 将达到, will, a year after the article's), an estimate
 * (估计, 约, 测算, estimated) or, failing all of these, an observation.
 */
import type { Kind } from '../data/vocabulary';

const CONDITIONAL = /如果|假如|假设|倘若|若(?!干)|一旦|只要|要是|\bif\b|\bassuming\b|\bsuppose\b/i;
const TARGET = /目标|计划|规划|力争|争取|旨在|\baims?\b|\btargets?\b|\bplans? to\b|\bgoal\b/i;
// 将 is a future marker only before a verb; before a noun it marks the object (将人类论文的阅读时间缩短40%).
/** Words that make a clause speak of the future (预计, 将达到, 有望, will, expected). */
export const FORECAST =
  /预计|预测|预期|有望|届时|将(?:会|要|在|达|占|超过|突破|增长|上升|下降|成为|迎来|保持|继续|实现|节省|有|是|被|可|可能|进一步|持续|带来|不低于|不少于|耗尽|进入|翻|出现|形成|减少|增加|提升|降至|升至|扩大)|会(?:有|达|超过|增长|出现|剩下|成为)|\bwill\b|\bexpected\b|\bforecasts?\b|\bprojected\b|\bpredicts?\b|\bis set to\b|\bgoing to\b/i;
// An estimate is said for the whole sentence (根据测算, 据…估计) or hedged in the figure's own clause (大致, 可能).
const ESTIMATE_SENTENCE = /估计|估算|测算|预估|推测|揣度|\bestimat/i;
const ESTIMATE_CLAUSE = /(?<!节|制|预)约(?!束|定)|大致|大概|左右|可能|\babout\b|\baround\b|\bapproximately\b|\broughly\b|\bmay\b|\bmight\b/i;
// A clause that sets a scene (当…时, 数亿用户进行数亿次推理时) makes its figure a condition.
const WHEN_CLAUSE = /^当(?![地前然年日天今下中局场])|(?<![瓦小卡])时$|的时候$|之时$|^when\b/i;

/**
 * The kind of the figure whose clause is [clauseStart, clauseEnd): cue words are read from the sentence start
 * up to the clause end, so a later clause's 将 does not turn an observed figure into a forecast; hedges only
 * count in the figure's own clause.
 */
export function guessKind(s: string, clauseStart: number, clauseEnd: number, year: number | undefined, asOfYear: number): Kind {
  const window = s.slice(0, clauseEnd);
  const clause = s.slice(clauseStart, clauseEnd).trim();
  if (CONDITIONAL.test(window) || WHEN_CLAUSE.test(clause)) return 'conditional';
  if (TARGET.test(window)) return 'target';
  if (FORECAST.test(window) || (year !== undefined && year > asOfYear)) return 'forecast';
  if (ESTIMATE_SENTENCE.test(window) || ESTIMATE_CLAUSE.test(clause)) return 'estimate';
  return 'observed';
}
