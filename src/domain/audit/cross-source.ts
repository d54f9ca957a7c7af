import type { Claim } from '../../data/claim';
import { METRICS, type Metric } from '../../data/vocabulary';
import { type AuditContext, inReadingOrder } from './audit-context';
import { buildFinding, describeInput, formatApprox } from './build-finding';
import type { Finding } from './finding';
import type { Lang } from '../format-number';
import { t } from '../messages';
import { formatPerYear, gapFactor, perYearInterval, type PerYear } from './growth-pace';

/** Two sources' values for the same thing disagree when they are more than this factor apart. */
export const CROSS_SOURCE_FACTOR = 2;
/** …or, for a calendar year, more than this many years apart. */
export const CROSS_SOURCE_YEARS = 1;

/** A metric whose claims from different sources answer one question, and how to put them on one scale. */
interface Family {
  metric: Metric;
  scale: 'multiple' | 'year';
  eligible: (c: Claim) => boolean;
  interval: (c: Claim) => PerYear | undefined;
  formula: string;
}

const asOfYear = (c: Claim): number => Number(c.asOf.slice(0, 4));

/** How a span of years became calendar years, for the steps: "2024 + 3–5 = ". Empty for other units. */
const yearsFrom = (c: Claim): string =>
  c.unit === 'years'
    ? `${asOfYear(c)} + ${[c.valueLow ?? c.value, c.valueHigh ?? c.value].filter((v, i, a) => a.indexOf(v) === i).join('–')} = `
    : '';

/** "Within 3–5 years" said in 2024 is 2027–2029; a calendar year is itself. */
function calendarYears(c: Claim): PerYear | undefined {
  const lo = c.valueLow ?? c.value;
  const hi = c.valueHigh ?? c.value;
  if (lo === undefined || hi === undefined) return undefined;
  if (c.unit === 'year') return { lo, hi };
  return c.unit === 'years' ? { lo: asOfYear(c) + lo, hi: asOfYear(c) + hi } : undefined;
}

const FAMILIES: readonly Family[] = [
  {
    metric: 'compute_demand_growth',
    scale: 'multiple',
    // Only the present frontier is one question: a period ending by 2010 is another era (pre-deep-learning),
    // and a conditional ("if compute grows ×10") is an assumption, not anyone's measurement.
    eligible: (c) => c.kind !== 'conditional' && !(c.periodEnd !== undefined && c.periodEnd <= 2010),
    interval: perYearInterval,
    formula:
      '× per year = 2^(12 / doubling months); apart = lower end of the higher claim / upper end of the lower one',
  },
  {
    metric: 'moores_law',
    scale: 'multiple',
    eligible: () => true,
    interval: perYearInterval,
    formula:
      '× per year = 2^(12 / doubling months); apart = lower end of the higher claim / upper end of the lower one',
  },
  {
    metric: 'data_exhaustion',
    scale: 'year',
    eligible: () => true,
    interval: calendarYears,
    formula: 'year = year said + years stated; apart = years between the nearest ends',
  },
];

interface Placed {
  c: Claim;
  iv: PerYear;
}

/** A claim on the family's scale: "×8–×16/yr" (每年×8–×16) or "2027–2029". */
function show(f: Family, iv: PerYear, lang: Lang = 'en'): string {
  if (f.scale === 'year') return iv.lo === iv.hi ? String(iv.lo) : `${iv.lo}–${iv.hi}`;
  return t('auditPerYear', lang, { rate: formatPerYear(iv) });
}

/** How far apart two claims are at their nearest ends (1× or 0 years when they overlap) and at their farthest. */
function apart(f: Family, a: PerYear, b: PerYear): { near: number; far: number } {
  if (f.scale === 'multiple') return { near: gapFactor(a, b), far: Math.max(a.hi / b.lo, b.hi / a.lo) };
  return { near: Math.max(0, a.lo - b.hi, b.lo - a.hi), far: Math.max(Math.abs(a.hi - b.lo), Math.abs(b.hi - a.lo)) };
}

/** The pair of claims from different sources that disagree most. */
function widestPair(f: Family, placed: readonly Placed[]) {
  let best: { a: Placed; b: Placed; near: number; far: number } | undefined;
  for (const a of placed) {
    for (const b of placed) {
      if (a.c.sourceId >= b.c.sourceId) continue;
      const d = apart(f, a.iv, b.iv);
      if (!best || d.near > best.near || (d.near === best.near && d.far > best.far)) best = { a, b, ...d };
    }
  }
  return best;
}

/** One finding for a family stated by two or more sources: every claim on one scale and the widest gap. */
function familyFinding(f: Family, claims: readonly Claim[], ctx: AuditContext): Finding | undefined {
  const placed = inReadingOrder(
    claims.filter((c) => c.metric === f.metric && f.eligible(c)),
    ctx,
  )
    .map((c) => ({ c, iv: f.interval(c) }))
    .filter((p): p is Placed => p.iv !== undefined);
  const pair = widestPair(f, placed);
  if (!pair) return undefined;
  const [low, high] = pair.a.iv.lo <= pair.b.iv.lo ? [pair.a, pair.b] : [pair.b, pair.a];
  const multiple = f.scale === 'multiple';
  const conflict = pair.near > (multiple ? CROSS_SOURCE_FACTOR : CROSS_SOURCE_YEARS);
  const nearText = multiple ? `×${formatApprox(pair.near)}` : `${pair.near}`;
  const farText = multiple ? `×${formatApprox(pair.far)}` : `${pair.far}`;
  const gapEn = multiple ? `at least ${nearText} apart (up to ${farText})` : `${nearText}–${farText} years apart`;
  const gapZh = multiple
    ? `相差至少${formatApprox(pair.near)}倍（至多${formatApprox(pair.far)}倍）`
    : `相差${nearText}–${farText}年`;
  const tolEn = multiple ? `×${CROSS_SOURCE_FACTOR}` : `${CROSS_SOURCE_YEARS} year`;
  const tolZh = multiple ? `${CROSS_SOURCE_FACTOR}倍` : `${CROSS_SOURCE_YEARS}年`;
  const ends = `${show(f, high.iv)} (${high.c.id}) vs ${show(f, low.iv)} (${low.c.id})`;
  const endsZh = `${show(f, high.iv, 'zh')}（${high.c.id}）与${show(f, low.iv, 'zh')}（${low.c.id}）`;
  const all = placed.map((p) => `${show(f, p.iv)} (${p.c.sourceId})`).join('; ');
  const allZh = placed.map((p) => `${show(f, p.iv, 'zh')}（${p.c.sourceId}）`).join('；');
  const { en: name, zh: nameZh } = METRICS[f.metric];
  return buildFinding({
    rule: 'cross-source',
    severity: conflict ? 'warning' : 'info',
    claims: placed.map((p) => p.c),
    marked: [high.c, low.c],
    title: conflict
      ? { en: `Sources disagree: ${name.toLowerCase()}`, zh: `各来源说法不一：${nameZh}` }
      : { en: `Sources roughly agree: ${name.toLowerCase()}`, zh: `各来源说法大致相符：${nameZh}` },
    steps: {
      inputs: placed.map((p) => `${describeInput(p.c)} → ${yearsFrom(p.c)}${show(f, p.iv)}`),
      formula: f.formula,
      result: `${ends}: ${gapEn}`,
    },
    verdict: {
      en: `${conflict ? 'The sources disagree' : 'The sources roughly agree'} on ${name.toLowerCase()}: ${ends}, ${gapEn}; the tolerance is ${tolEn}${conflict ? '' : ' at the nearest ends'}. All claims: ${all}.`,
      zh: `关于${nameZh}，各来源${conflict ? '说法不一' : '说法大致相符'}：${endsZh}${gapZh}；容差为${tolZh}。全部说法：${allZh}。`,
    },
  });
}

/** Claims on one question from different sources, put on one scale and compared (factor or years apart). */
export function crossSourceFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  return FAMILIES.map((f) => familyFinding(f, claims, ctx)).filter((x): x is Finding => x !== undefined);
}
