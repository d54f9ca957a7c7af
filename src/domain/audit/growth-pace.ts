/**
 * Part (c) of the implied-value rule: a doubling time implies a yearly multiple (2^(12/months)) and the
 * reverse, so a source that states both side by side can be held to its own conversion.
 */
import type { Claim } from '../../data/claim';
import { QUALIFIER_SYMBOLS, type Metric } from '../../data/vocabulary';
import { doublingMonthsToMultiplePerYear } from '../growth';
import { type AuditContext, inReadingOrder, isAdjacent } from './audit-context';
import { buildFinding, describeInput, formatApprox, formatStep } from './build-finding';
import type { Finding } from './finding';

/** A growth claim as × per year, a point (lo = hi) or an interval. */
export interface PerYear {
  lo: number;
  hi: number;
}

const GROWTH_METRICS: ReadonlySet<Metric> = new Set<Metric>(['compute_demand_growth', 'moores_law']);

/** Whether a claim states a growth pace this rule can convert. */
export const isGrowthPace = (c: Claim): boolean =>
  GROWTH_METRICS.has(c.metric) && (c.unit === 'doubling_months' || c.unit === 'x_per_year');

/** A growth claim on the × per year scale; a shorter doubling time is a larger multiple, so the ends swap. */
export function perYearInterval(c: Pick<Claim, 'unit' | 'value' | 'valueLow' | 'valueHigh'>): PerYear | undefined {
  const lo = c.valueLow ?? c.value;
  const hi = c.valueHigh ?? c.value;
  if (lo === undefined || hi === undefined) return undefined;
  if (c.unit === 'x_per_year') return { lo, hi };
  if (c.unit !== 'doubling_months' || !(lo > 0)) return undefined;
  return { lo: doublingMonthsToMultiplePerYear(hi), hi: doublingMonthsToMultiplePerYear(lo) };
}

/** "×8–×16" or "×1.414". */
export const formatPerYear = (p: PerYear): string =>
  p.lo === p.hi ? `×${formatApprox(p.lo)}` : `×${formatApprox(p.lo)}–×${formatApprox(p.hi)}`;

/** "2^(12/24)" or "2^(12/4) … 2^(12/3)" for a doubling-time claim. */
function conversion(c: Claim): string {
  const lo = c.valueLow ?? c.value ?? NaN;
  const hi = c.valueHigh ?? c.value ?? NaN;
  return lo === hi ? `2^(12/${formatStep(lo)})` : `2^(12/${formatStep(hi)}) … 2^(12/${formatStep(lo)})`;
}

const months = (c: Claim): string =>
  c.valueLow !== undefined && c.valueHigh !== undefined
    ? `${formatStep(c.valueLow)}–${formatStep(c.valueHigh)}`
    : formatStep(c.value ?? NaN);

/** How far apart two intervals are as a factor (1 when they overlap). */
export const gapFactor = (a: PerYear, b: PerYear): number => Math.max(1, a.lo / b.hi, b.lo / a.hi);

/** The finding for a doubling time and a yearly multiple stated side by side. */
function pairFinding(d: Claim, x: Claim, ctx: AuditContext): Finding | undefined {
  const [dy, xy] = [perYearInterval(d), perYearInterval(x)];
  if (!dy || !xy) return undefined;
  const gap = gapFactor(dy, xy);
  const ok = gap === 1;
  const [implied, stated] = [formatPerYear(dy), `${QUALIFIER_SYMBOLS[x.qualifier]}${formatPerYear(xy)}`];
  return buildFinding({
    rule: 'implied-value',
    severity: ok ? 'info' : 'warning',
    claims: inReadingOrder([d, x], ctx),
    title: ok
      ? {
          en: 'The doubling time and the yearly multiple stated beside it agree',
          zh: '翻番周期与其旁给出的年增长倍数一致',
        }
      : {
          en: 'The doubling time and the yearly multiple stated beside it disagree',
          zh: '翻番周期与其旁给出的年增长倍数不一致',
        },
    steps: {
      inputs: [describeInput(d), describeInput(x)],
      formula: `× per year = 2^(12 / doubling months) = ${conversion(d)}`,
      result: `${implied} per year`,
      stated: `${x.figure} = ${stated} per year`,
    },
    verdict: ok
      ? {
          en: `Doubling every ${months(d)} months is ${implied} a year; the ${stated} a year stated beside it ("${x.figure}") lies within that: the two figures agree.`,
          zh: `每${months(d)}个月翻一番即每年${implied}；其旁所说的每年${stated}（“${x.figure}”）落在此范围内，两者一致。`,
        }
      : {
          en: `Doubling every ${months(d)} months is ${implied} a year, but the ${stated} a year stated beside it ("${x.figure}") is ×${formatApprox(gap, 3)} away from that range.`,
          zh: `每${months(d)}个月翻一番即每年${implied}，但其旁所说的每年${stated}（“${x.figure}”）与此相差${formatApprox(gap, 3)}倍。`,
        },
  });
}

/** Moore's law stated alone: put on the × per year scale so readers can set AI compute growth against it. */
function mooresLawFinding(group: Claim[]): Finding | undefined {
  const first = group[0];
  const p = first && perYearInterval(first);
  if (!first || !p) return undefined;
  const x = formatPerYear(p);
  const growth = `${formatApprox((p.lo - 1) * 100, 2)}%`;
  const unit = first.unit === 'doubling_months';
  return buildFinding({
    rule: 'implied-value',
    severity: 'info',
    claims: group,
    title: { en: "Moore's law on the yearly scale", zh: '摩尔定律换算为年增长倍数' },
    steps: {
      inputs: group.map(describeInput),
      formula: unit ? `× per year = 2^(12 / doubling months) = ${conversion(first)}` : 'as stated',
      result: `${x} per year (+${growth} a year)`,
    },
    verdict: {
      en: `Moore's law as the source states it (${unit ? `doubling every ${months(first)} months` : first.figure}) is ${x} a year, about +${growth} a year: the pace AI compute growth is set against.`,
      zh: `原文所说的摩尔定律（${unit ? `每${months(first)}个月翻一番` : first.figure}）即每年${x}，年增约${growth}：这是与AI算力增速对照的基准。`,
    },
  });
}

/** Doubling times checked against the yearly multiples stated beside them; lone Moore's-law paces converted. */
export function growthPaceFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const paces = claims.filter(isGrowthPace);
  const paired = new Set<Claim>();
  const findings: Finding[] = [];
  for (const d of paces.filter((c) => c.unit === 'doubling_months')) {
    for (const x of paces.filter((c) => c.unit === 'x_per_year')) {
      if (d.sourceId !== x.sourceId || d.metric !== x.metric || !isAdjacent(d, x, ctx)) continue;
      const f = pairFinding(d, x, ctx);
      if (f) findings.push(f);
      paired.add(d).add(x);
    }
  }
  // The same Moore's-law pace said twice in one source is one conversion, not two.
  const lone = new Map<string, Claim[]>();
  for (const c of paces.filter((p) => p.metric === 'moores_law' && !paired.has(p))) {
    const key = `${c.sourceId}|${c.unit}|${c.value}|${c.valueLow}|${c.valueHigh}`;
    lone.set(key, [...(lone.get(key) ?? []), c]);
  }
  for (const group of lone.values()) {
    const f = mooresLawFinding(inReadingOrder(group, ctx));
    if (f) findings.push(f);
  }
  return findings;
}
