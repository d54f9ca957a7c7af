import type { Claim } from '../../data/claim';
import { parseNumberExpressions } from '../../data/number-expressions';
import type { Lang } from '../format-number';
import { type AuditContext, inReadingOrder } from './audit-context';
import { buildFinding, formatApprox, formatStep } from './build-finding';
import type { Finding } from './finding';
import {
  type Operand,
  type WrittenExpression,
  evaluate,
  findWrittenExpressions,
  formatLeftSide,
  resultHolds,
  wholeMultipleOf,
} from './written-expression';

type Text = Record<Lang, string>;

const POWER_TO_W: Readonly<Record<string, number>> = { W: 1, kW: 1e3, MW: 1e6 };
const CURRENCY = /^(?:元|美元|USD|CNY|RMB)$/;

/**
 * Power × hours × a bare number, giving money: the bare number is an electricity price, which is quoted
 * per kWh, so the power must be in kW. With W (or MW) the written product is off by that factor.
 */
function energyPriceCheck(e: WrittenExpression) {
  if (e.ops.some((op) => op !== '*') || !CURRENCY.test(e.stated.unit)) return undefined;
  const power = e.operands.find((o) => o.unit in POWER_TO_W);
  const hours = e.operands.find((o) => o.unit === 'h');
  const bare = e.operands.filter((o) => o.unit === '');
  const price = bare[0];
  if (!power || !hours || bare.length !== 1 || !price || e.operands.length !== 3) return undefined;
  const toKw = (POWER_TO_W[power.unit] ?? 1) / 1000;
  if (toKw === 1) return undefined;
  const kWh = power.value * toKw * hours.value;
  return { power, hours, price, toKw, kWh, corrected: kWh * price.value };
}

/** An amount in the same currency written after the calculation ("约40万元"), as a check on which result is meant. */
function amountWrittenAfter(quote: string, e: WrittenExpression): { text: string; value: number } | undefined {
  const index = quote.indexOf(e.text);
  if (index < 0) return undefined;
  const rest = quote.slice(index + e.text.length);
  const m = parseNumberExpressions(rest).find((n) => n.value !== undefined && /^(?:元|美元)/.test(rest.slice(n.end)));
  if (!m || m.value === undefined) return undefined;
  const unit = rest.slice(m.end).startsWith('美元') ? '美元' : '元';
  const before = rest.slice(Math.max(0, m.start - 1), m.start);
  return { text: `${before === '约' ? '约' : ''}${m.text}${unit}`, value: m.value };
}

const pct = (a: number, b: number) => formatStep(Math.abs(a / b - 1) * 100, 1);
const show = (o: Operand) => `${formatStep(o.value, 4)}${o.unit ? ` ${o.unit}` : ''}`;

/** The finding for one written calculation and the claims whose quote holds it. */
function auditExpression(
  e: WrittenExpression,
  claims: readonly Claim[],
  all: readonly Claim[],
  quote: string,
): Finding {
  const computed = evaluate(e);
  const holds = resultHolds(computed, e.stated);
  const energy = energyPriceCheck(e);
  const after = amountWrittenAfter(quote, e);
  const whole = holds ? undefined : wholeMultipleOf(e);
  const left = formatLeftSide(e, (n) => formatStep(n, 4));
  const stated = show(e.stated);
  const priceClaim =
    energy &&
    all.find((c) => c.sourceId === claims[0]?.sourceId && c.unit === 'CNY_per_kWh' && c.value === energy.price.value);

  const inputs = e.operands.map((o) =>
    o === energy?.price && priceClaim
      ? `${formatStep(o.value, 4)} (no unit written; the price "${priceClaim.figure}" = ${o.value} CNY/kWh, ${priceClaim.id})`
      : `${show(o)} (as written${o.unit ? '' : ', no unit'})`,
  );
  const en: string[] = [];
  const zh: string[] = [];
  if (!holds) {
    const dir = e.stated.value > computed;
    en.push(
      `The written result is wrong: ${left} = ${formatStep(computed)}, not ${stated} (${pct(e.stated.value, computed)}% ${dir ? 'too high' : 'too low'}).`,
    );
    zh.push(
      `原文算式结果有误：${left} = ${formatStep(computed)}，而非 ${stated}（原文偏${dir ? '高' : '低'} ${pct(e.stated.value, computed)}%）。`,
    );
  }
  if (energy) {
    const { power, hours, price, kWh, corrected } = energy;
    const chain = `${show(power)} × ${show(hours)} = ${formatStep(kWh)} kWh × ${formatStep(price.value, 4)} = ${formatStep(corrected)} ${e.stated.unit}`;
    en.push(
      `The units do not work either: ${power.unit} × h gives ${power.unit}h, but an electricity price is per kWh (元/度), so the energy must be converted to kWh first: ${chain}.`,
    );
    zh.push(
      `单位也不对：${power.unit} × h 得到的是 ${power.unit}h，而电价按每千瓦时（元/度）计，须先换算成千瓦时：${chain}。`,
    );
    if (after) {
      const agrees = Math.abs(after.value / corrected - 1) < 0.1;
      const times = formatApprox(e.stated.value / after.value, 4);
      en.push(
        `The "${after.text}" written beside it ${agrees ? 'agrees with' : 'does not match'} that corrected value (${formatStep(corrected, 0)} ${e.stated.unit}), and is ${times}× smaller than the written result ${stated}.`,
      );
      zh.push(
        `紧随其后的“${after.text}”${agrees ? '与修正后的数值相符' : '与修正后的数值也不符'}（${formatStep(corrected, 0)} ${e.stated.unit}），约为原文算式结果 ${stated} 的 1/${times}。`,
      );
    }
  }
  if (whole) {
    const product = whole.used.map((o) => formatStep(o.value, 4)).join(' × ');
    const replaced = whole.unused.reduce((a, b) =>
      Math.abs(Math.log(b.value / whole.factor)) < Math.abs(Math.log(a.value / whole.factor)) ? b : a,
    );
    const dropped = whole.unused
      .filter((o) => o !== replaced)
      .map(show)
      .join(', ');
    const perWh = energy
      ? ` — i.e. ${whole.factor} ${replaced.unit} × hours, in ${replaced.unit}h, with no price applied`
      : '';
    const perWhZh = energy ? `——即 ${whole.factor} ${replaced.unit} × 小时数得到的 ${replaced.unit}h，没有乘电价` : '';
    en.push(
      `${formatStep(e.stated.value)} equals ${whole.factor} × ${product} exactly: ${whole.factor} stands where ${show(replaced)} is written${dropped ? ` and ${dropped} is not applied` : ''}${perWh}.`,
    );
    zh.push(
      `${formatStep(e.stated.value)} 恰好等于 ${whole.factor} × ${product}：相当于用 ${whole.factor} 代替了 ${show(replaced)}${dropped ? `，且未乘 ${dropped}` : ''}${perWhZh}。`,
    );
  }
  const wrong = !holds || energy !== undefined;
  if (!wrong) {
    en.push(`${left} = ${formatStep(computed)}, as the source writes (${stated}).`);
    zh.push(`${left} = ${formatStep(computed)}，与原文（${stated}）一致。`);
  }
  const title: Text = wrong
    ? { en: 'The calculation written in the source does not hold', zh: '原文写出的算式不成立' }
    : { en: 'The calculation written in the source checks out', zh: '原文写出的算式无误' };
  const toKw = energy && (energy.toKw < 1 ? `÷ ${formatStep(1 / energy.toKw)}` : `× ${formatStep(energy.toKw)}`);
  const corrected = energy
    ? `; ${show(energy.power)} × ${show(energy.hours)} ${toKw} × ${formatStep(energy.price.value, 4)} CNY/kWh (units corrected)`
    : '';
  return buildFinding({
    rule: 'stated-arithmetic',
    severity: wrong ? 'error' : 'info',
    claims,
    title,
    steps: {
      inputs,
      formula: `${left} (as written)${corrected}`,
      result: `${formatStep(computed)} (as written)${energy ? `; ${formatStep(energy.corrected)} ${e.stated.unit} (units corrected)` : ''}`,
      stated: `${stated}${after ? ` (and "${after.text}" beside it)` : ''}`,
    },
    verdict: { en: en.join(' '), zh: zh.join('') },
  });
}

/** Recomputes every calculation a source writes out in full; one finding per calculation, naming every claim quoting it. */
export function statedArithmeticFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  const groups = new Map<string, { e: WrittenExpression; quote: string; claims: Claim[] }>();
  for (const c of claims) {
    for (const e of findWrittenExpressions(c.quote)) {
      const key = `${c.sourceId}\u0000${e.text}`;
      const group = groups.get(key) ?? { e, quote: c.quote, claims: [] };
      group.claims.push(c);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map((g) => auditExpression(g.e, inReadingOrder(g.claims, ctx), claims, g.quote));
}
