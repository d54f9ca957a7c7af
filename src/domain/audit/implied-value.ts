import type { Claim } from '../../data/claim';
import { QUALIFIERS, type Metric, type Qualifier } from '../../data/vocabulary';
import { cagrBetween, impliedCagrBase, previousFromYoy, projectCagr } from '../cagr';
import { formatInUnit, type Lang } from '../format-number';
import { type AuditContext, inReadingOrder } from './audit-context';
import { buildFinding, describeInput, inWords, formatApprox, formatStep, withUnit } from './build-finding';
import type { Finding } from './finding';
import { growthPaceFindings } from './growth-pace';

/** Percentage points by which a stated CAGR may differ from the one its own endpoints imply (rounding). */
export const CAGR_TOLERANCE_PP = 1;

const SIZE_METRICS: ReadonlySet<Metric> = new Set<Metric>(['market_size', 'compute_capacity', 'revenue']);

/** A size a growth rate can act on: a point value of a market, revenue or compute capacity. */
const isSize = (c: Claim): boolean => SIZE_METRICS.has(c.metric) && c.unit !== 'percent' && c.value !== undefined;

const direction = (q: Qualifier): number =>
  q === 'at_least' || q === 'more_than' ? 1 : q === 'up_to' || q === 'less_than' ? -1 : 0;

/**
 * Whether a computed value is a floor, a ceiling or an estimate: dividing a floor ("more than 360") by an
 * exact factor gives a floor; dividing by a floor rate gives a ceiling; two bounds pulling apart give nothing.
 */
function bound(size: Qualifier, rate: Qualifier, divides: boolean): Record<Lang, string> & { sym: string } {
  const [s, r] = [direction(size), direction(rate) * (divides ? -1 : 1)];
  const d = s !== 0 && r !== 0 && s !== r ? 0 : Math.sign(s + r);
  if (d > 0) return { en: 'at least', zh: '至少', sym: '≥' };
  if (d < 0) return { en: 'at most', zh: '至多', sym: '≤' };
  return { en: 'about', zh: '约', sym: '≈' };
}

const human = (n: number, c: Claim, lang: Lang) => formatInUnit(n, c.unit, lang);
const rateInput = (r: Claim, span: string) =>
  `${r.figure} = ${formatStep(r.value ?? NaN)}% a year over ${span} (${r.id})`;

/** A YoY growth with the size it applies to (same source, region, year and topic): the previous year's size. */
function yoyFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const g of claims.filter((c) => c.metric === 'growth_rate' && c.unit === 'percent' && c.value !== undefined)) {
    const sizes = claims.filter(
      (s) =>
        isSize(s) && s.sourceId === g.sourceId && s.region === g.region && s.year === g.year && s.topic === g.topic,
    );
    for (const s of sizes) {
      const [value, rate, year] = [s.value ?? NaN, g.value ?? NaN, (g.year ?? NaN) - 1];
      const prev = previousFromYoy(value, rate);
      const b = bound(s.qualifier, g.qualifier, true);
      out.push(
        buildFinding({
          rule: 'implied-value',
          severity: 'info',
          claims: inReadingOrder([s, g], ctx),
          title: { en: "YoY growth implies the previous year's size", zh: '同比增速推算出上一年的规模' },
          steps: {
            inputs: [describeInput(s), describeInput(g)],
            formula: `${formatStep(value)} / (1 + ${formatStep(rate)}%) = ${formatStep(value)} / ${formatStep(1 + rate / 100, 4)}`,
            result: `${b.sym} ${withUnit(formatApprox(prev), s.unit)} in ${year}`,
          },
          verdict: {
            en: `${inWords(s, 'en')} in ${g.year} after ${formatStep(rate)}% year-on-year growth implies ${b.en} ${human(prev, s, 'en')} in ${year}.`,
            zh: `${g.year}年${inWords(s, 'zh')}、同比增长${formatStep(rate)}%，意味着${year}年${b.zh}${human(prev, s, 'zh')}。`,
          },
        }),
      );
    }
  }
  return out;
}

/** One CAGR with the sizes stated at its start and/or end year. */
function cagrFinding(r: Claim, start: Claim | undefined, end: Claim | undefined, ctx: AuditContext): Finding {
  const [S, E, rate] = [r.periodStart ?? NaN, r.periodEnd ?? NaN, r.value ?? NaN];
  const n = E - S;
  const span = `${S}–${E} (${n} years)`;
  const claims = inReadingOrder(
    [start, r, end].filter((c): c is Claim => c !== undefined),
    ctx,
  );
  const inputs = claims.map((c) => (c === r ? rateInput(r, span) : describeInput(c)));
  const factor = `(1 + ${formatStep(rate)}%)^${n}`;
  if (start && end) {
    const implied = cagrBetween(start.value ?? NaN, end.value ?? NaN, n);
    const ok = Math.abs(implied - rate) <= CAGR_TOLERANCE_PP;
    return buildFinding({
      rule: 'implied-value',
      severity: ok ? 'info' : 'warning',
      claims,
      title: ok
        ? { en: 'The stated CAGR matches its own start and end', zh: '所给年复合增长率与其起止数值相符' }
        : { en: 'The stated CAGR does not match its own start and end', zh: '所给年复合增长率与其起止数值不符' },
      steps: {
        inputs,
        formula: `(${formatStep(end.value ?? NaN)} / ${formatStep(start.value ?? NaN)})^(1/${n}) − 1`,
        result: `${formatApprox(implied, 3)}% a year`,
        stated: `${formatStep(rate)}%`,
      },
      verdict: {
        en: `From ${human(start.value ?? NaN, start, 'en')} in ${S} to ${human(end.value ?? NaN, end, 'en')} in ${E} is ${formatApprox(implied, 3)}% a year; the source says ${formatStep(rate)}%.`,
        zh: `${S}年${human(start.value ?? NaN, start, 'zh')}到${E}年${human(end.value ?? NaN, end, 'zh')}，年复合增长率为${formatApprox(implied, 3)}%；原文为${formatStep(rate)}%。`,
      },
    });
  }
  const known = (start ?? end) as Claim;
  const value = known.value ?? NaN;
  const forward = start !== undefined;
  const result = forward ? projectCagr(value, rate, n) : impliedCagrBase(value, rate, n);
  const b = bound(known.qualifier, r.qualifier, !forward);
  const [fromYear, toYear] = forward ? [S, E] : [E, S];
  const floorNote = !forward && b.sym === '≥';
  return buildFinding({
    rule: 'implied-value',
    severity: 'info',
    claims,
    title: forward
      ? { en: 'The CAGR projects the end-year size', zh: '年复合增长率推算出期末规模' }
      : { en: 'The CAGR implies the base-year size', zh: '年复合增长率推算出基期规模' },
    steps: {
      inputs,
      formula: forward
        ? `${formatStep(value)} × ${factor}`
        : `${formatStep(value)} / ${factor} = ${formatStep(value)} / ${formatApprox((1 + rate / 100) ** n)}`,
      result: `${b.sym} ${withUnit(formatApprox(result), known.unit)} in ${toYear}`,
    },
    verdict: forward
      ? {
          en: `${inWords(known, 'en')} in ${S} growing ${formatStep(rate)}% a year for ${n} years reaches ${b.en} ${human(result, known, 'en')} in ${E}, ${formatApprox(result / value, 3)}× the ${S} size.`,
          zh: `${S}年${inWords(known, 'zh')}按每年${formatStep(rate)}%增长${n}年，${E}年${b.zh}${human(result, known, 'zh')}，为${S}年的${formatApprox(result / value, 3)}倍。`,
        }
      : {
          en: `${inWords(known, 'en')} in ${fromYear} after ${n} years at ${formatStep(rate)}% a year implies a ${toYear} base of ${b.en} ${human(result, known, 'en')}${floorNote ? `; the ${fromYear} figure is a lower bound ("${QUALIFIERS[known.qualifier].en}"), so the base is a floor` : ''}.`,
          zh: `${fromYear}年${inWords(known, 'zh')}、${n}年年复合增长${formatStep(rate)}%，意味着${toYear}年基数${b.zh}${human(result, known, 'zh')}${floorNote ? `；${fromYear}年数字是下限（“${QUALIFIERS[known.qualifier].zh}”），故该基数也是下限` : ''}。`,
        },
  });
}

/** A CAGR over a stated period with a size of the same source, topic and region at the period's start or end. */
function cagrFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const r of claims.filter((c) => c.metric === 'cagr' && c.value !== undefined)) {
    if (r.periodStart === undefined || r.periodEnd === undefined || r.periodEnd <= r.periodStart) continue;
    const at = (year: number) =>
      claims.filter(
        (s) =>
          isSize(s) && s.sourceId === r.sourceId && s.topic === r.topic && s.region === r.region && s.year === year,
      );
    const [starts, ends] = [at(r.periodStart), at(r.periodEnd)];
    if (starts.length > 0 && ends.length > 0)
      for (const s of starts)
        for (const e of ends.filter((x) => x.unit === s.unit)) out.push(cagrFinding(r, s, e, ctx));
    else for (const s of starts) out.push(cagrFinding(r, s, undefined, ctx));
    if (starts.length === 0) for (const e of ends) out.push(cagrFinding(r, undefined, e, ctx));
  }
  return out;
}

/** Values a source implies but does not state: last year's size from a YoY rate, CAGR ends, doubling ↔ multiple. */
export function impliedValueFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  return [...yoyFindings(claims, ctx), ...cagrFindings(claims, ctx), ...growthPaceFindings(claims, ctx)];
}
