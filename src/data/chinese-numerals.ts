/**
 * Values of Chinese numerals (一千零二十, 两万五, 五十二点六, 二〇二四, 六七, 三四百) for number-expressions.ts.
 * Kept apart so the scanner there decides *where* a number is and this file only *what* it is worth.
 */

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNIT_VALUES: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 1e4, 亿: 1e8,
};

/** Chinese digit characters (零…九, 两, financial 壹…玖), for building regex character classes. */
export const CN_DIGITS = Object.keys(DIGIT_VALUES).join('');
/** Chinese unit characters (十…亿); 兆 is left out on purpose because articles use it for mega- (兆瓦时). */
export const CN_UNITS = Object.keys(UNIT_VALUES).join('');

/** A numeral's worth: one value, or low..high for adjacent digits such as 六七 or 三四百. */
export type ChineseValue = { value: number } | { low: number; high: number };

/** Rounds binary float noise away (15.5 * 1e8) so results compare exactly with stored values. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

const digitOf = (ch: string | undefined): number | undefined => (ch === undefined ? undefined : DIGIT_VALUES[ch]);

/** Shorthand tail: in 两万五 / 三千五 the last digit counts in the next-lower unit (5000, 500), not as ones. */
function tailValue(chars: readonly string[], num: number): number {
  const unit = UNIT_VALUES[chars[chars.length - 2] ?? ''] ?? 0;
  return unit >= 100 && digitOf(chars[chars.length - 1]) !== undefined ? (num * unit) / 10 : num;
}

/** Integer value of Chinese numeral characters (no 点); a bare unit counts as one of it (万 → 10000, 百亿 → 1e10). */
export function parseChineseInteger(s: string): number {
  const chars = [...s];
  // 二〇二四 (years, model numbers) is read digit by digit, not as a sum of units.
  if (chars.length > 1 && chars.every((c) => digitOf(c) !== undefined)) {
    return Number(chars.map((c) => digitOf(c)).join(''));
  }
  let yi = 0; // everything already multiplied by 亿
  let wan = 0; // the 万 part inside the current 亿 section
  let section = 0; // 十/百/千 part below 万
  let num = 0; // the digit waiting for its unit
  for (const ch of chars) {
    const digit = digitOf(ch);
    const unit = UNIT_VALUES[ch] ?? 1;
    if (digit !== undefined) num = digit;
    else if (unit === 1e8) [yi, wan, section, num] = [(yi + wan + section + num || 1) * unit, 0, 0, 0];
    else if (unit === 1e4) [wan, section, num] = [(wan + section + num || 1) * unit, 0, 0];
    else [section, num] = [section + (num || 1) * unit, 0];
  }
  return clean(yi + wan + section + tailValue(chars, num));
}

/** Index of the first of two adjacent digits read as a range (六七, 三四, idiomatic 三五), if any. */
function rangePairIndex(chars: readonly string[]): number | undefined {
  const digitsOnly = chars.every((c) => digitOf(c) !== undefined);
  // Longer digit-only runs (二〇二四, 一二三) are positional numbers, not ranges.
  if (digitsOnly && chars.length > 2) return undefined;
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const a = digitOf(chars[i]) ?? 0;
    const b = digitOf(chars[i + 1]) ?? 0;
    if (a > 0 && (b === a + 1 || (a === 3 && b === 5))) return i;
  }
  return undefined;
}

const DECIMAL_RE = new RegExp(`^([${CN_DIGITS}${CN_UNITS}]*)点([${CN_DIGITS}]+)([万亿]*)$`);

/** Value of a Chinese numeral, including decimals (四点四万亿) and adjacent-digit ranges (五六十万 → 5e5..6e5). */
export function parseChineseNumeral(s: string): ChineseValue {
  const decimal = DECIMAL_RE.exec(s);
  if (decimal) {
    const [, whole = '', fraction = '', multiplier = ''] = decimal;
    const fractionDigits = [...fraction].map((c) => digitOf(c) ?? 0).join('');
    const value = (whole ? parseChineseInteger(whole) : 0) + Number(`0.${fractionDigits}`);
    return { value: clean(value * (multiplier ? parseChineseInteger(multiplier) : 1)) };
  }
  const chars = [...s];
  const pair = rangePairIndex(chars);
  if (pair === undefined) return { value: parseChineseInteger(s) };
  const without = (index: number): string => chars.filter((_, i) => i !== index).join('');
  return { low: parseChineseInteger(without(pair + 1)), high: parseChineseInteger(without(pair)) };
}

/** The trailing 万/亿 factor of a numeral (五万 → 1e4, 千亿 → 1e8), 1 when there is none or it is the whole numeral. */
export function chineseMultiplier(s: string): number {
  const trailing = /[万亿]+$/.exec(s);
  return trailing && trailing.index > 0 ? parseChineseInteger(trailing[0]) : 1;
}
