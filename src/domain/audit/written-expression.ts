/**
 * Reading a calculation a source writes out in full ("449W*1022362h*0.87=408944800元") and redoing it.
 * Kept apart from the rule so the rule file only decides what the recomputed numbers mean.
 */

/** One number of a written calculation, with the unit letters written after it. */
export interface Operand {
  /** As written, e.g. "449W". */
  text: string;
  /** In base units (万/亿 applied). */
  value: number;
  /** Unit letters after the number, without 万/亿 (W, h, 元, or ''). */
  unit: string;
}

/** A written calculation: operands joined by operators, and the result the source gives. */
export interface WrittenExpression {
  text: string;
  /** Offset just past the expression in the text it was found in. */
  end: number;
  operands: Operand[];
  /** Operator before each operand after the first: '*', '/' or '+'. */
  ops: string[];
  stated: Operand;
}

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// Unit letters (449W, 1022362h, 3kWh) or a Chinese multiplier and/or unit (15.5亿美元, 408944800元).
const UNIT = String.raw`(?:%|[A-Za-z]{1,4}|(?:万亿|亿|万)?(?:美元|元|千瓦时|度|瓦|小时|个|倍|年|月|天)?)`;
const OPERAND = `${NUM}${UNIT}`;
// "x" is not an operator here: it is part of names such as "Mixtral 8x7B".
const OP = '[*×✕÷/+]';
const EXPRESSION_RE = new RegExp(String.raw`(?<![\d.,])${OPERAND}(?:\s*${OP}\s*${OPERAND})+\s*[=＝]\s*${OPERAND}`, 'g');
const OPERAND_RE = new RegExp(String.raw`\s*(${OP})?\s*(${NUM})(${UNIT})`, 'y');
const MULTIPLIERS: ReadonlyArray<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/** An operand from its digits and the letters after them. */
function toOperand(digits: string, unitText: string): Operand {
  const [prefix, factor] = MULTIPLIERS.find(([p]) => unitText.startsWith(p)) ?? ['', 1];
  return {
    text: digits + unitText,
    value: Number(digits.replace(/,/g, '')) * factor,
    unit: unitText.slice(prefix.length),
  };
}

/** Operands and operators of the left-hand side of a calculation. */
function readSide(side: string): { operands: Operand[]; ops: string[] } {
  const operands: Operand[] = [];
  const ops: string[] = [];
  OPERAND_RE.lastIndex = 0;
  for (let m = OPERAND_RE.exec(side); m; m = OPERAND_RE.exec(side)) {
    if (operands.length > 0) ops.push(normaliseOp(m[1] ?? '*'));
    operands.push(toOperand(m[2] ?? '', m[3] ?? ''));
  }
  return { operands, ops };
}

const normaliseOp = (op: string): string => (op === '÷' || op === '/' ? '/' : op === '+' ? '+' : '*');

/** Every fully written calculation (operands, operators, "=", result) in a text. */
export function findWrittenExpressions(text: string): WrittenExpression[] {
  const found: WrittenExpression[] = [];
  for (const m of text.matchAll(EXPRESSION_RE)) {
    const [left = '', right = ''] = m[0].split(/\s*[=＝]\s*/);
    const { operands, ops } = readSide(left);
    const result = readSide(right).operands[0];
    if (!result || operands.length < 2) continue;
    found.push({ text: m[0], end: m.index + m[0].length, operands, ops, stated: result });
  }
  return found;
}

/** The value of the left-hand side, products and quotients before sums, as arithmetic has it. */
export function evaluate(e: Pick<WrittenExpression, 'operands' | 'ops'>): number {
  let total = 0;
  let term = e.operands[0]?.value ?? NaN;
  e.ops.forEach((op, i) => {
    const v = e.operands[i + 1]?.value ?? NaN;
    if (op === '+') {
      total += term;
      term = v;
    } else term = op === '/' ? term / v : term * v;
  });
  return total + term;
}

/** The left-hand side with readable operators and grouped digits: "449 × 1,022,362 × 0.87". */
export function formatLeftSide(e: Pick<WrittenExpression, 'operands' | 'ops'>, fmt: (n: number) => string): string {
  return e.operands
    .map((o, i) => {
      const op = i === 0 ? '' : { '*': ' × ', '/': ' ÷ ', '+': ' + ' }[e.ops[i - 1] ?? '*'];
      return `${op ?? ''}${fmt(o.value)}`;
    })
    .join('');
}

/** Whether a stated result matches a computed one, allowing for the rounding of the stated digits (≤ 0.5%). */
export function resultHolds(computed: number, stated: Operand): boolean {
  const decimals = (stated.text.match(/\.(\d+)/)?.[1] ?? '').length;
  const lastDigit = 0.5 * 10 ** -decimals;
  return Math.abs(computed - stated.value) <= Math.max(lastDigit, Math.abs(stated.value) * 0.005);
}

/**
 * A proper subset of the operands whose product divides the stated result into a whole number, e.g.
 * 408,944,800 = 400 × 1,022,362: it tells which inputs the writer really multiplied. Only subsets with a
 * product of at least 1,000 count, so small integers do not divide everything by coincidence.
 */
export function wholeMultipleOf(
  e: WrittenExpression,
): { factor: number; used: Operand[]; unused: Operand[] } | undefined {
  const n = e.operands.length;
  if (e.ops.some((op) => op !== '*') || n > 12) return undefined;
  for (let size = n - 1; size >= 1; size--) {
    for (let mask = 1; mask < 2 ** n - 1; mask++) {
      const used = e.operands.filter((_, i) => mask & (2 ** i));
      if (used.length !== size) continue;
      const product = used.reduce((p, o) => p * o.value, 1);
      if (!Number.isInteger(product) || product < 1000) continue;
      const factor = e.stated.value / product;
      if (factor >= 2 && Math.abs(factor - Math.round(factor)) < 1e-9 * factor) {
        return { factor: Math.round(factor), used, unused: e.operands.filter((o) => !used.includes(o)) };
      }
    }
  }
  return undefined;
}
