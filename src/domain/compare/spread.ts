/**
 * How far apart the answers to one question are: the extremes, their ratio, which claims agree and which
 * stand alone. Ratios are taken on a log scale (×4 and ×8 are as far apart as ×400 and ×800); calendar
 * years are compared by difference, because a ratio of years (2029 / 2026) means nothing.
 */
import type { Claim } from '../../data/claim';
import type { Source } from '../../data/source';
import type { Lang } from '../format-number';
import { t } from '../messages';
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

// The first sentence names both ends: a longer doubling time is slower growth, a later year is later, not "higher".
const ENDS_MESSAGE = { doubling_months: 'spreadEndsDoubling', year: 'spreadEndsYear', other: 'spreadEnds' } as const;

/** "A, B and C" / "A、B和C". */
const list = (xs: string[], lang: Lang) =>
  xs.length < 2
    ? (xs[0] ?? '')
    : t('listLast', lang, { items: xs.slice(0, -1).join(t('listSeparator', lang)), last: xs.at(-1)! });

/** The spread as plain sentences a reader can check against the chart. */
function summarise(s: Spread, byId: ReadonlyMap<string, ComparedClaim>, opts: SpreadOptions, lang: Lang): string {
  const claims = new Map((opts.claims ?? []).map((c) => [c.id, c]));
  const who = (id: string) => {
    const c = claims.get(id);
    return c ? speakerName(c, opts.sources?.get(c.sourceId), lang) : id;
  };
  const figure = (id: string) =>
    t('spreadFigureBy', lang, { figure: formatCompared(byId.get(id)!, lang), who: who(id) });
  const n = byId.size;
  if (n === 1) return t('spreadOnlyOne', lang, { figure: figure(s.highest.claimId) });
  const end = (e: Extreme) =>
    t('spreadFigureBy', lang, { figure: formatCommon(e.value, s.unit, lang), who: who(e.claimId) });
  const ends = t(ENDS_MESSAGE[s.unit === 'doubling_months' || s.unit === 'year' ? s.unit : 'other'], lang, {
    highest: end(s.highest),
    lowest: end(s.lowest),
  });
  const first =
    s.ratio === undefined && s.scale === 'ratio'
      ? t('spreadNoRatio', lang, { ends })
      : s.scale === 'ratio'
        ? t('spreadRatio', lang, { ends, ratio: formatSignificant(s.ratio!, lang) })
        : t('spreadYearsApart', lang, { ends, years: formatSignificant(s.difference!, lang) });
  const sentences = [first];
  const within =
    s.scale === 'ratio'
      ? t('spreadWithinFactor', lang, { factor: opts.factor ?? AGREEMENT_FACTOR })
      : t('spreadWithinYears', lang, { years: opts.years ?? AGREEMENT_YEARS });
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
    const run = s.scale === 'ratio' ? 'spreadRunFactor' : 'spreadRunYears';
    return t(run, lang, { threshold, ends: formatSignificant(span, lang) });
  };
  if (s.agreeing.length === 1 && s.agreeing[0]!.length === n)
    sentences.push(
      n === 2
        ? t('spreadBothAgree', lang, { relation: relation(s.agreeing[0]!) })
        : t('spreadAllAgree', lang, { n, relation: relation(s.agreeing[0]!) }),
    );
  else if (s.agreeing.length) {
    const groups = s.agreeing.map((g) =>
      t('spreadGroup', lang, { claims: list(g.map(figure), lang), relation: relation(g) }),
    );
    sentences.push(t('spreadGroups', lang, { groups: groups.join(t('spreadGroupSeparator', lang)) }));
  } else sentences.push(t('spreadNoneAgree', lang, { within }));
  if (s.outliers.length) {
    const names = list(s.outliers.map(figure), lang);
    sentences.push(t(s.outliers.length === 1 ? 'spreadOutlier' : 'spreadOutliers', lang, { names }));
  }
  return sentences.reduce((text, next) => t('sentenceJoin', lang, { first: text, next }));
}
