/**
 * How far apart the answers to one question are: the extremes, their ratio, which claims agree and which
 * stand alone. Ratios are taken on a log scale (×4 and ×8 are as far apart as ×400 and ×800); calendar
 * years are compared by difference, because a ratio of years (2029 / 2026) means nothing.
 */
import type { Claim } from '../../data/claim';
import type { Source } from '../../data/source';
import type { Lang } from '../format-number';
import { formatCommon, formatCompared, formatSignificant } from './format-common';
import type { CommonUnit, ComparedClaim } from './question';
import { speakerName } from './speaker-name';

/** Claims whose representative values are within this factor of each other agree. */
export const AGREEMENT_FACTOR = 2;
/** Calendar years within this many years of each other agree (years are compared by difference). */
export const AGREEMENT_YEARS = 2;

/** One end of the spread: the claim and the value it reaches. */
export interface Extreme {
  claimId: string;
  value: number;
}

/** Spread statistics of the answers to one question, in one common unit. */
export interface Spread {
  unit: CommonUnit;
  /** 'ratio' on a log scale; 'difference' for calendar years. */
  scale: 'ratio' | 'difference';
  /** The claim reaching highest: the top of its interval. */
  highest: Extreme;
  /** The claim reaching lowest: the bottom of its interval. */
  lowest: Extreme;
  /** highest / lowest, interval ends included (ratio scale, when the lowest is above zero). */
  ratio?: number;
  /** Ratio of the largest to the smallest representative value (geometric middle of an interval). */
  midRatio?: number;
  /** highest − lowest (difference scale only). */
  difference?: number;
  /** Difference of the largest and smallest representative values. */
  midDifference?: number;
  /** Groups of two or more claims linked by agreement (single linkage), largest value first. */
  agreeing: string[][];
  /** With three or more claims: claims that agree with no other. */
  outliers: string[];
  summary: Record<Lang, string>;
}

/** What `spreadOf` may use besides the numbers: claims and sources to name who said what. */
export interface SpreadOptions {
  claims?: readonly Claim[];
  sources?: ReadonlyMap<string, Source>;
  factor?: number;
  years?: number;
}

const top = (cc: ComparedClaim) => Math.max(...[cc.value, cc.low, cc.high].filter((v) => v !== undefined));
const bottom = (cc: ComparedClaim) => Math.min(...[cc.value, cc.low, cc.high].filter((v) => v !== undefined));

/** The single value that stands for a claim: its point, else the middle of its range (geometric on a ratio scale). */
export function representative(cc: ComparedClaim, scale: Spread['scale']): number {
  if (cc.value !== undefined) return cc.value;
  if (cc.low !== undefined && cc.high !== undefined)
    return scale === 'ratio' ? Math.sqrt(cc.low * cc.high) : (cc.low + cc.high) / 2;
  return (cc.low ?? cc.high)!;
}

/** Single-linkage groups: sorted values join while each step is within the threshold. */
function linkGroups(items: { id: string; rep: number }[], apart: (a: number, b: number) => number, within: number) {
  const sorted = [...items].sort((a, b) => b.rep - a.rep);
  const groups: string[][] = [];
  sorted.forEach((it, i) => {
    const prev = sorted[i - 1];
    if (prev && apart(prev.rep, it.rep) <= within + 1e-9) groups[groups.length - 1]!.push(it.id);
    else groups.push([it.id]);
  });
  return groups;
}

/** Spread of the compared claims, or undefined when there are none. */
export function spreadOf(compared: readonly ComparedClaim[], opts: SpreadOptions = {}): Spread | undefined {
  const withEnds = compared.filter((cc) => [cc.value, cc.low, cc.high].some((v) => v !== undefined));
  const first = withEnds[0];
  if (!first) return undefined;
  const unit = first.unit;
  const scale = unit === 'year' ? 'difference' : 'ratio';
  const hi = withEnds.reduce((a, b) => (top(b) > top(a) ? b : a));
  const lo = withEnds.reduce((a, b) => (bottom(b) < bottom(a) ? b : a));
  const highest = { claimId: hi.claimId, value: top(hi) };
  const lowest = { claimId: lo.claimId, value: bottom(lo) };
  const reps = withEnds.map((cc) => ({ id: cc.claimId, rep: representative(cc, scale) }));
  const repValues = reps.map((r) => r.rep);
  const [maxRep, minRep] = [Math.max(...repValues), Math.min(...repValues)];
  const groups =
    scale === 'ratio'
      ? linkGroups(reps, (a, b) => Math.log(a / b), Math.log(opts.factor ?? AGREEMENT_FACTOR))
      : linkGroups(reps, (a, b) => a - b, opts.years ?? AGREEMENT_YEARS);
  const spread: Spread = {
    unit,
    scale,
    highest,
    lowest,
    ...(scale === 'ratio'
      ? // A ratio to zero or a negative number says nothing; values ≤ 0 then agree with no one (log is NaN).
        lowest.value > 0
        ? { ratio: highest.value / lowest.value, midRatio: maxRep / minRep }
        : {}
      : { difference: highest.value - lowest.value, midDifference: maxRep - minRep }),
    agreeing: groups.filter((g) => g.length > 1),
    outliers: withEnds.length >= 3 ? groups.filter((g) => g.length === 1).map((g) => g[0]!) : [],
    summary: { en: '', zh: '' },
  };
  const byId = new Map(withEnds.map((cc) => [cc.claimId, cc]));
  spread.summary = { en: summarise(spread, byId, opts, 'en'), zh: summarise(spread, byId, opts, 'zh') };
  return spread;
}

// Words for the two ends: a longer doubling time is slower growth, a later year is later, not "higher".
const END_WORDS: Record<Lang, { doubling_months: [string, string]; year: [string, string]; other: [string, string] }> =
  {
    en: { doubling_months: ['Longest', 'shortest'], year: ['Latest', 'earliest'], other: ['Highest', 'lowest'] },
    zh: { doubling_months: ['最长', '最短'], year: ['最晚', '最早'], other: ['最高', '最低'] },
  };

/** "A, B and C" / "A、B和C". */
const list = (xs: string[], lang: Lang) =>
  xs.length < 2
    ? (xs[0] ?? '')
    : `${xs.slice(0, -1).join(lang === 'zh' ? '、' : ', ')}${lang === 'zh' ? '和' : ' and '}${xs.at(-1)}`;

/** The spread as plain sentences a reader can check against the chart. */
function summarise(s: Spread, byId: ReadonlyMap<string, ComparedClaim>, opts: SpreadOptions, lang: Lang): string {
  const claims = new Map((opts.claims ?? []).map((c) => [c.id, c]));
  const who = (id: string) => {
    const c = claims.get(id);
    return c ? speakerName(c, opts.sources?.get(c.sourceId), lang) : id;
  };
  const paren = (x: string) => (lang === 'zh' ? `（${x}）` : ` (${x})`);
  const figure = (id: string) => `${formatCompared(byId.get(id)!, lang)}${paren(who(id))}`;
  const n = byId.size;
  if (n === 1) {
    const id = s.highest.claimId;
    return lang === 'zh' ? `仅一条论断：${figure(id)}。` : `Only one claim: ${figure(id)}.`;
  }
  const [hiWord, loWord] = END_WORDS[lang][s.unit === 'doubling_months' || s.unit === 'year' ? s.unit : 'other'];
  const end = (e: Extreme) => `${formatCommon(e.value, s.unit, lang)}${paren(who(e.claimId))}`;
  const sep = lang === 'zh' ? '，' : ', ';
  const gap =
    s.ratio === undefined && s.scale === 'ratio'
      ? lang === 'zh'
        ? '：含零或负值，不计比值。'
        : ': no ratio, as a value is at or below zero.'
      : s.scale === 'ratio'
        ? lang === 'zh'
          ? `：相差${formatSignificant(s.ratio!, lang)}倍。`
          : `: a ×${formatSignificant(s.ratio!, lang)} spread.`
        : lang === 'zh'
          ? `：相隔${formatSignificant(s.difference!, lang)}年（年份比较差值，年份之比没有意义）。`
          : `: ${formatSignificant(s.difference!, lang)} years apart (years are compared by difference; a ratio of years means nothing).`;
  const sentences = [`${hiWord} ${end(s.highest)}${sep}${loWord} ${end(s.lowest)}${gap}`];
  const within =
    s.scale === 'ratio'
      ? lang === 'zh'
        ? `相差不到${opts.factor ?? AGREEMENT_FACTOR}倍`
        : `agree within a factor of ${opts.factor ?? AGREEMENT_FACTOR}`
      : lang === 'zh'
        ? `相差不超过${opts.years ?? AGREEMENT_YEARS}年`
        : `agree within ${opts.years ?? AGREEMENT_YEARS} years`;
  // A group is linked neighbour to neighbour; when its ends are further apart than the threshold, saying
  // its claims "agree within a factor of 2" would be false, so it is described as the run it is.
  const threshold = s.scale === 'ratio' ? (opts.factor ?? AGREEMENT_FACTOR) : (opts.years ?? AGREEMENT_YEARS);
  const endToEnd = (g: string[]) => {
    const reps = g.map((id) => representative(byId.get(id)!, s.scale));
    const [max, min] = [Math.max(...reps), Math.min(...reps)];
    return s.scale === 'ratio' ? max / min : max - min;
  };
  const relation = (g: string[]) => {
    const span = endToEnd(g);
    if (span <= threshold + 1e-9) return within;
    const ends = formatSignificant(span, lang);
    if (s.scale === 'ratio')
      return lang === 'zh'
        ? `依次相邻相差不到${threshold}倍（首尾相差${ends}倍）`
        : `follow one another within a factor of ${threshold} (×${ends} end to end)`;
    return lang === 'zh'
      ? `依次相邻相差不超过${threshold}年（首尾相隔${ends}年）`
      : `follow one another within ${threshold} years (${ends} years end to end)`;
  };
  if (s.agreeing.length === 1 && s.agreeing[0]!.length === n)
    sentences.push(
      lang === 'zh'
        ? `${n === 2 ? '两条' : `全部${n}条`}论断${relation(s.agreeing[0]!)}。`
        : `${n === 2 ? 'Both' : `All ${n}`} claims ${relation(s.agreeing[0]!)}.`,
    );
  else if (s.agreeing.length)
    sentences.push(
      s.agreeing
        .map((g) =>
          lang === 'zh' ? `${list(g.map(figure), lang)}${relation(g)}` : `${list(g.map(figure), lang)} ${relation(g)}`,
        )
        .join(lang === 'zh' ? '；' : '; ') + (lang === 'zh' ? '。' : '.'),
    );
  else sentences.push(lang === 'zh' ? `没有两条论断${within}。` : `No two claims ${within}.`);
  if (s.outliers.length) {
    const names = list(s.outliers.map(figure), lang);
    sentences.push(
      lang === 'zh' ? `${names}为离群值。` : `${names} ${s.outliers.length === 1 ? 'is the outlier' : 'are outliers'}.`,
    );
  }
  return sentences.join(lang === 'zh' ? '' : ' ');
}
