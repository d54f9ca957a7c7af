/**
 * The unit written right after a number (亿美元, EFlops, 兆瓦时, 张, 倍, 个月, USD, GPUs …), read as a unit
 * word, and how each unit word converts into the dataset's units (UNITS): the dataset keeps one unit per
 * quantity, so kW becomes W × 1000 and TWh becomes MWh × 10^6 rather than new units.
 */
import type { Unit } from '../data/vocabulary';

/** What a number's unit word says, before context decides the ambiguous ones (倍, 年, 个月, 小时, 度). */
export type UnitWord =
  | 'USD' | 'CNY' | 'CNY_per_kWh' | 'CNY_per_month' | 'percent' | 'points'
  | 'ZFLOPS' | 'EFLOPS' | 'PFLOPS' | 'TFLOPS'
  | 'kWh' | 'MWh' | 'GWh' | 'TWh' | 'W' | 'kW' | 'MW' | 'GW'
  | 'GPU_hours' | 'hours' | 'params' | 'users' | 'people' | 'chips' | 'things' | 'tokens' | 'degrees'
  | 'multiple' | 'years' | 'months' | 'not_a_unit';

/** A unit word found after a number: which, and how many characters it takes (spaces included). */
export interface UnitMatch {
  word: UnitWord;
  length: number;
}

type Rule = readonly [RegExp, UnitWord];

// Order matters: longer words first (元/度 before 元, 兆瓦时 before 兆瓦, 个月 before 个).
const ZH_RULES: readonly Rule[] = [
  [/^元\s*(?:\/|每)\s*(?:度|千瓦时|kWh)/, 'CNY_per_kWh'],
  [/^(?:元|块钱?)\s*(?:\/|每)\s*(?:月|个月)/, 'CNY_per_month'],
  [/^(?:美元|美金)/, 'USD'],
  [/^(?:元人民币|元|人民币|块钱)/, 'CNY'],
  [/^个?百分点/, 'points'],
  [/^Z(?:FLOPS|FLOP\/s)(?![A-Za-z])/i, 'ZFLOPS'],
  [/^E(?:FLOPS|FLOP\/s)?(?![A-Za-z])/i, 'EFLOPS'],
  [/^P(?:FLOPS|FLOP\/s)?(?![A-Za-z])/i, 'PFLOPS'],
  [/^T(?:FLOPS|FLOP\/s)(?![A-Za-z])/i, 'TFLOPS'],
  [/^(?:太瓦时|TWh)/, 'TWh'],
  [/^(?:吉瓦时|GWh)/, 'GWh'],
  [/^(?:兆瓦时|MWh)/, 'MWh'],
  [/^(?:千瓦时|kWh|度电)/, 'kWh'],
  [/^(?:吉瓦|GW)(?![A-Za-z])/, 'GW'],
  [/^(?:兆瓦|MW)(?![A-Za-z])/, 'MW'],
  [/^(?:千瓦|kW)(?![A-Za-z])/, 'kW'],
  [/^(?:瓦|W)(?![A-Za-z])/, 'W'],
  [/^(?:GPU\s*(?:小时|时|hours?)|卡时|h)(?![A-Za-z])/, 'GPU_hours'],
  [/^小时/, 'hours'],
  [/^(?:个)?(?:参数量?|参数规模)/, 'params'],
  [/^(?:DAU|MAU|日活|月活|用户|名用户|位用户|个用户|人次|次下载|下载量)/, 'users'],
  [/^(?:tokens?|Tokens?|词元)/, 'tokens'],
  [/^(?:张|块|颗|枚|片|卡)/, 'chips'],
  [/^次方/, 'not_a_unit'],
  [/^倍/, 'multiple'],
  [/^个月/, 'months'],
  [/^(?:周年|年)/, 'years'],
  [/^(?:人|名|位|户)/, 'people'],
  [/^(?:个|家|款|台|次|座|所|项|件|条|篇|部(?![门分署])|批|套|城市|国)/, 'things'],
  [/^度/, 'degrees'],
  [/^(?:天|日|周|分钟|秒|岁|月|号|点|时)/, 'not_a_unit'],
];

const EN_RULES: readonly Rule[] = [
  [/^(?:yuan|RMB|CNY)\s*(?:\/|per)\s*kWh\b/i, 'CNY_per_kWh'],
  [/^(?:yuan|RMB|CNY)\s*(?:\/|per|a)\s*month\b/i, 'CNY_per_month'],
  [/^(?:US dollars|dollars|USD)\b/i, 'USD'],
  [/^(?:yuan|RMB|CNY)\b/i, 'CNY'],
  [/^(?:percentage points?|pp)\b/i, 'points'],
  [/^(?:zettaflops|ZFLOPS)\b/i, 'ZFLOPS'],
  [/^(?:exaflops|EFLOPS|EFLOP\/s|E)\b/i, 'EFLOPS'],
  [/^(?:petaflops|PFLOPS|PFLOP\/s|P\s?\(FLOPS\))(?![A-Za-z])/i, 'PFLOPS'],
  [/^(?:teraflops|TFLOPS|TFLOP\/s)\b/i, 'TFLOPS'],
  [/^TWh\b/, 'TWh'],
  [/^GWh\b/, 'GWh'],
  [/^MWh\b/, 'MWh'],
  [/^kWh\b/, 'kWh'],
  [/^(?:GW|gigawatts?)\b/, 'GW'],
  [/^(?:MW|megawatts?)\b/, 'MW'],
  [/^(?:kW|kilowatts?)\b/, 'kW'],
  [/^(?:W|watts?)\b/, 'W'],
  [/^(?:GPU[- ]hours?|h)\b/i, 'GPU_hours'],
  [/^hours?\b/i, 'hours'],
  [/^-?(?:parameters?|params)\b/i, 'params'],
  [/^(?:daily active users|monthly active users|users|downloads|DAU|MAU)\b/i, 'users'],
  [/^tokens\b/i, 'tokens'],
  [/^-?(?:GPUs?|chips?|accelerators?|cards?)\b/i, 'chips'],
  [/^(?:times|x|-fold|fold)\b/i, 'multiple'],
  [/^(?:months?)\b/i, 'months'],
  [/^(?:years?)\b/i, 'years'],
  [/^(?:people|persons|scientists|employees|researchers|engineers)\b/i, 'people'],
  [/^(?:models|companies|firms|enterprises|cities|countries|markets|data centres|data centers|units|servers|agents|apps|applications)\b/i, 'things'],
  [/^(?:days?|weeks?|minutes?|seconds?)\b/i, 'not_a_unit'],
];

// English puts adjectives between a count and its noun: 17 Chinese-made large models, 95,800 AI computing chips.
const MODIFIER_EN = String.raw`\s+(?!(?:of|and|or|to|in|on|at|by|for|from|with|the|a|an|times)\b)[A-Za-z][\w-]*`;
const MODIFIER_RUNS = [1, 2, 3].map((n) => new RegExp(`^(?:${MODIFIER_EN}){${n}}(?=\\s)`, 'i'));
const COUNTED: ReadonlySet<UnitWord> = new Set<UnitWord>(['chips', 'things', 'people', 'users', 'params']);

/** The first rule matching at the start of `after` (one space allowed before the word). */
function matchRules(after: string, rules: readonly Rule[]): UnitMatch | undefined {
  const lead = /^[ \u00a0]?/.exec(after)?.[0].length ?? 0;
  for (const [re, word] of rules) {
    const m = re.exec(after.slice(lead));
    if (m) return { word, length: lead + m[0].length };
  }
  return undefined;
}

/** The unit word at the start of `after`, if any; in English, a counted noun may follow up to three modifiers. */
export function matchUnitWord(after: string, language: 'zh' | 'en'): UnitMatch | undefined {
  const direct = matchRules(after, language === 'zh' ? ZH_RULES : EN_RULES);
  if (direct || language === 'zh') return direct;
  // "millions of users", "hundreds of GPUs".
  const of = /^\s+of(?=\s)/.exec(after);
  const counted = of ? matchRules(after.slice(of[0].length), EN_RULES) : undefined;
  if (of && counted && COUNTED.has(counted.word)) return { word: counted.word, length: of[0].length + counted.length };
  // The shortest run of modifiers first, so "11 European markets" stops at markets.
  for (const run of MODIFIER_RUNS) {
    const mod = run.exec(after);
    if (!mod) return undefined;
    const noun = matchRules(after.slice(mod[0].length), EN_RULES);
    if (noun && COUNTED.has(noun.word)) return { word: noun.word, length: mod[0].length + noun.length };
  }
  return undefined;
}

/** Unit words that map straight onto a dataset unit, with the factor into it. */
export const DIRECT_UNITS: Readonly<Partial<Record<UnitWord, readonly [Unit, number]>>> = {
  USD: ['USD', 1],
  CNY: ['CNY', 1],
  CNY_per_kWh: ['CNY_per_kWh', 1],
  CNY_per_month: ['CNY_per_month', 1],
  percent: ['percent', 1],
  points: ['percent', 1],
  ZFLOPS: ['EFLOPS', 1000],
  EFLOPS: ['EFLOPS', 1],
  PFLOPS: ['PFLOPS', 1],
  TFLOPS: ['PFLOPS', 0.001],
  kWh: ['MWh', 0.001],
  MWh: ['MWh', 1],
  GWh: ['MWh', 1000],
  TWh: ['MWh', 1e6],
  W: ['W', 1],
  kW: ['W', 1000],
  MW: ['W', 1e6],
  GW: ['W', 1e9],
  GPU_hours: ['GPU_hours', 1],
  params: ['params', 1],
  users: ['count', 1],
  chips: ['count', 1],
  things: ['count', 1],
  people: ['count', 1],
  tokens: ['count', 1],
};
