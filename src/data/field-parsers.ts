/**
 * Strict readers for single CSV fields. Each returns the value or a reason a person can act on;
 * they never throw, so one bad field costs one row, not the file.
 */

export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): FieldResult<T> => ({ ok: false, reason });

/** A plain decimal number in base units, or undefined for an empty field. */
export function readNumber(raw: string): FieldResult<number | undefined> {
  const s = raw.trim();
  if (s === '') return ok(undefined);
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    return fail(`"${s}" has thousands separators; write ${s.replace(/,/g, '')}`);
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return fail(`"${s}" is not a plain decimal number (base units, no 万/亿, no %)`);
  const n = Number(s);
  return Number.isFinite(n) ? ok(n) : fail(`"${s}" is not a finite number`);
}

/** A four-digit year, or undefined for an empty field. */
export function readYear(raw: string): FieldResult<number | undefined> {
  const s = raw.trim();
  if (s === '') return ok(undefined);
  if (!/^\d{4}$/.test(s)) return fail(`"${s}" is not a four-digit year`);
  const y = Number(s);
  return y >= 1900 && y <= 2100 ? ok(y) : fail(`${y} is outside the plausible years 1900–2100`);
}

/** A positive integer (for quote_occurrence), or undefined for an empty field. */
export function readPositiveInt(raw: string): FieldResult<number | undefined> {
  const s = raw.trim();
  if (s === '') return ok(undefined);
  return /^[1-9]\d*$/.test(s) ? ok(Number(s)) : fail(`"${s}" is not a positive whole number`);
}

/** An ISO date of day, month or year precision: 2024-12-18, 2024-01 or 2024. */
export function readPartialDate(raw: string): FieldResult<string> {
  const s = raw.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return fail(`"${s}" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY`);
  const [, y, mo, d] = m;
  if (Number(y) < 1900 || Number(y) > 2100) return fail(`year ${y} is outside 1900–2100`);
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return fail(`month ${mo} does not exist`);
  if (d !== undefined) {
    const date = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return fail(`day ${s} does not exist`);
  }
  return ok(s);
}

/** A value from a controlled vocabulary. */
export function readVocab<K extends string>(raw: string, vocab: Readonly<Record<K, unknown>>, name: string): FieldResult<K> {
  const s = raw.trim();
  if (s === '') return fail(`${name} is empty`);
  return Object.prototype.hasOwnProperty.call(vocab, s)
    ? ok(s as K)
    : fail(`unknown ${name} "${s}"; expected one of ${Object.keys(vocab).join(', ')}`);
}

/** The year part of a partial date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
