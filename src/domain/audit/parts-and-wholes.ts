import { centralValue, type Claim } from '../../data/claim';
import { QUALIFIERS, type Metric, type Qualifier } from '../../data/vocabulary';
import { type AuditContext, inReadingOrder, isAdjacent, quoteOffset } from './audit-context';
import { buildFinding, describeInput, inWords, formatApprox, formatStep, withUnit } from './build-finding';
import type { Finding } from './finding';

/** Percentage points a set of shares may miss 100% by before it counts as not adding up (rounded fractions). */
export const SHARE_ROUNDING_PP = 1;

/** For a mix share, the metric of the whole it is a share of (a share of models is a share of a model count). */
const MIX_WHOLE: Partial<Record<Metric, Metric>> = {
  model_mix_share: 'model_count',
  compute_mix_share: 'compute_capacity',
};

const isShare = (c: Claim): boolean =>
  c.unit === 'percent' && c.metric.endsWith('_share') && centralValue(c) !== undefined;

/**
 * The whole a share is of, read from its subject ("Share of X among Y" → Y). A share whose subject names no
 * whole is its own family, so unrelated shares that merely sit in one paragraph (1% synthetic data, 50% bot
 * traffic) are never summed.
 */
const wholeOf = (c: Claim): string => c.subject.match(/.*\b(?:among|in)\s+(.+)$/)?.[1] ?? c.subject;

/** What a share is a share of, for the verdict: "Share of general-purpose models among …" → "general-purpose models". */
const partOf = (c: Claim): string => c.subject.replace(/^share of\s+/i, '').replace(/\s+(?:among|in)\s+.+$/, '');

const floorOrCeiling = (q: Qualifier): number =>
  q === 'at_least' || q === 'more_than' ? 1 : q === 'up_to' || q === 'less_than' ? -1 : 0;

/** Shares of one whole (same source, metric, year and whole) summed against 100%. */
function shareSumFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims.filter(isShare)) {
    const key = [c.sourceId, c.metric, c.year ?? '', wholeOf(c)].join('|');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .map((group) => {
      const parts = inReadingOrder(group, ctx);
      const sum = parts.reduce((s, c) => s + (centralValue(c) ?? 0), 0);
      const ok = Math.abs(sum - 100) <= SHARE_ROUNDING_PP;
      const figures = parts.map((c) => c.figure).join(' + ');
      const whole = wholeOf(parts[0] as Claim);
      const total = `${formatApprox(sum)}%`;
      return buildFinding({
        rule: 'parts-and-wholes',
        severity: ok ? 'info' : 'warning',
        claims: parts,
        title: ok
          ? { en: 'Shares of one whole add up to 100%', zh: '同一整体的各部分占比合计为100%' }
          : { en: 'Shares of one whole do not add up to 100%', zh: '同一整体的各部分占比合计不等于100%' },
        steps: {
          inputs: parts.map(describeInput),
          formula: parts.map((c) => `${formatStep(centralValue(c) ?? NaN, 4)}%`).join(' + '),
          result: total,
          stated: figures,
        },
        verdict: ok
          ? {
              en: `The shares of ${whole} (${figures}) add up to ${total}: the parts make up the whole.`,
              zh: `${figures}合计${total}，各部分恰好构成整体。`,
            }
          : {
              en: `The shares of ${whole} (${figures}) add up to ${total}, not 100%: a part is missing, or a figure is off.`,
              zh: `${figures}合计${total}，不等于100%：或有部分缺失，或某个数字有误。`,
            },
      });
    });
}

/** Counts a mix share implies when the whole it is of is stated just before it (200 models × 1/3 ≈ 67). */
function impliedPartFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const w of claims.filter((c) => c.value !== undefined && Object.values(MIX_WHOLE).includes(c.metric))) {
    const shares = claims.filter(
      (s) =>
        isShare(s) &&
        MIX_WHOLE[s.metric] === w.metric &&
        s.sourceId === w.sourceId &&
        s.year === w.year &&
        s.region === w.region &&
        isAdjacent(w, s, ctx) &&
        (quoteOffset(w, ctx) ?? 0) < (quoteOffset(s, ctx) ?? 0),
    );
    if (shares.length === 0) continue;
    const whole = w.value ?? NaN;
    const wholeName = wholeOf(shares[0] as Claim);
    // "67 general-purpose models" for counts, "144 EFLOPS of AI compute" for measured quantities.
    const named = (amount: string, what: string) => (w.unit === 'count' ? `${amount} ${what}` : `${amount} of ${what}`);
    const parts = shares.map((s) => {
      const n = (whole * (centralValue(s) ?? NaN)) / 100;
      const d = floorOrCeiling(w.qualifier) + floorOrCeiling(s.qualifier);
      const hedge =
        d > 0
          ? { sym: '≥', en: 'at least', zh: '至少' }
          : d < 0
            ? { sym: '≤', en: 'at most', zh: '至多' }
            : { sym: '≈', en: 'about', zh: '约' };
      const digits = w.unit === 'count' ? formatStep(n, 0) : formatApprox(n);
      return { s, n, digits, hedge };
    });
    out.push(
      buildFinding({
        rule: 'parts-and-wholes',
        severity: 'info',
        claims: inReadingOrder([w, ...shares], ctx),
        title: { en: 'A share of a stated total implies a count', zh: '占比乘以所给总数推算出数量' },
        steps: {
          inputs: [describeInput(w), ...shares.map(describeInput)],
          formula: parts.map((p) => `${formatStep(whole, 4)} × ${formatStep(centralValue(p.s) ?? NaN, 4)}%`).join('; '),
          result: parts.map((p) => `${p.hedge.sym} ${withUnit(p.digits, w.unit)}`).join('; '),
        },
        verdict: {
          en: `Of ${named(inWords(w, 'en'), wholeName)}${w.year ? ` in ${w.year}` : ''}, ${parts.map((p) => `${p.s.figure} is ${p.hedge.en} ${named(withUnit(p.digits, w.unit), partOf(p.s))}`).join(' and ')}.`,
          zh: `${w.qualifier === 'exactly' ? '' : QUALIFIERS[w.qualifier].zh}${w.figure}中，${parts.map((p) => `${p.s.figure}${p.hedge.zh}为${withUnit(p.digits, w.unit)}`).join('，')}。`,
        },
      }),
    );
  }
  return out;
}

/** A profit margin above 100% (impossible on price), read as the markup over cost it must be. */
function marginFindings(claims: readonly Claim[]): Finding[] {
  return claims
    .filter((c) => c.metric === 'profit_margin' && c.unit === 'percent' && (c.value ?? c.valueHigh ?? 0) > 100)
    .map((c) => {
      const m = c.value ?? c.valueHigh ?? NaN;
      const price = 1 + m / 100;
      const margin = formatApprox((m / (100 + m)) * 100, 3);
      return buildFinding({
        rule: 'parts-and-wholes',
        severity: 'warning',
        claims: [c],
        title: { en: 'A profit margin above 100%', zh: '利润率超过100%' },
        steps: {
          inputs: [describeInput(c)],
          formula: `margin = (price − cost) / price ≤ 100%; as a markup: price = cost × (1 + ${formatStep(m)}%) = ${formatStep(price)} × cost → margin = ${formatStep(m)} / ${formatStep(100 + m)}`,
          result: `${margin}% margin`,
          stated: `${c.figure} ("利润率", profit margin)`,
        },
        verdict: {
          en: `A profit margin is profit as a share of the price, so it cannot exceed 100% (that would take a negative cost). ${formatStep(m)}% can only be a markup over cost: price = ${formatStep(price)} × cost, which is a margin of about ${margin}%.`,
          zh: `利润率是利润占售价的比例，不可能超过100%（那需要成本为负）。${formatStep(m)}%只能是相对成本的加价率：售价 = ${formatStep(price)} × 成本，折合利润率约${margin}%。`,
        },
      });
    });
}

/** Parts checked against their whole: shares summing to 100%, counts a share implies, margins above 100%. */
export function partsAndWholesFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  return [...shareSumFindings(claims, ctx), ...impliedPartFindings(claims, ctx), ...marginFindings(claims)];
}
