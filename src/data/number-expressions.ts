/**
 * Finds every number expression in a source sentence (Arabic, Chinese, 万/亿 multipliers, ranges, fractions,
 * vague quantities) so the dataset validator can check that a claim's stored value really appears in it.
 * The caller only asks "is this value among the results", so over-reporting is harmless and under-reporting is
 * a bug: where a reading is ambiguous, we lean towards returning a number.
 */
import { CN_DIGITS, CN_UNITS, chineseMultiplier, clean, parseChineseInteger, parseChineseNumeral } from './chinese-numerals';
import type { ChineseValue } from './chinese-numerals';

/** One number expression found in a text, with its value(s) in base units (万/亿 applied, % not applied). */
export interface NumberMention {
  text: string;
  start: number;
  end: number;
  value?: number;
  low?: number;
  high?: number;
  vague?: boolean;
  form: 'number' | 'range' | 'fraction' | 'vague';
}

type AtomKind = 'arabic' | 'chinese' | 'percentWord' | 'date' | 'fraction' | 'vague' | 'roman';

/** A single scanned token, before neighbouring tokens are joined into ranges and fractions. */
interface Atom {
  start: number;
  end: number;
  kind: AtomKind;
  value?: number;
  low?: number;
  high?: number;
  /** The 万/亿 factor the token carries, so a bare left end can borrow it: 3-5亿 means 3亿 to 5亿. */
  multiplier: number;
  /** Bare integer digits: the only tokens that may form an a/b fraction. */
  plain: boolean;
}

type Matcher = (text: string, at: number, blocked: readonly boolean[]) => Atom[] | undefined;

const CN = `[${CN_DIGITS}${CN_UNITS}]`;
const CN_NUMBER = `${CN}+(?:点[${CN_DIGITS}]+[万亿]*)?`;
// A comma is a thousands separator only before exactly three digits (1,022,362), never in 200,其中 or 2,3.
const ARABIC = String.raw`\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ARABIC_SIMPLE = String.raw`\d+(?:\.\d+)?`;
// 千/百 after digits multiply (5千亿, 3千) except before SI units where they mean kilo- (10千瓦); 兆 never multiplies.
const MULTIPLIER = '[十百千]?[万亿]{1,2}|[百千](?![瓦米克焦帕赫伏安])';
// Measure words after 几/数 that make them a quantity (几家, 数款) rather than part of a word (数据, 几乎).
const MEASURE = '(?:[个家款位名台张块次年月周天日种项倍代轮期条篇部座所只件批套类层届场颗枚份人国]|小时|分钟|秒)';
// 数 ending a word (参数, 指数, 倍数) is not "several": 参数千亿 must stay 1e11, not a vague 2e11..9e11.
const NOT_AFTER_WORD = '(?<![参指倍次函个总人基系分整位层台户件岁算变常序])';

// Words whose numeral characters are not numbers; only when not glued to other numerals (三万一千 stays 31000).
const STOP_RE = new RegExp(
  `(?<![${CN_DIGITS}${CN_UNITS}\\d])(?:一些|一直|统一|唯一|万一|一体|一起|一样|一般|一旦|一致|同一|一切|进一步|一定|` +
    `十分(?![钟之])|万物|百度|百姓|千瓦|一下)(?![${CN_DIGITS}${CN_UNITS}])`,
  'g',
);

const DATE_RE = /(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/y;
const ARABIC_RE = new RegExp(`(${ARABIC})(?:[多余]?[ \u00a0]?(${MULTIPLIER}))?[%％‰]?`, 'y');
const CHINESE_RE = new RegExp(`(${CN_NUMBER})(?:[多余]([万亿]+))?`, 'y');
const PERCENT_WORD_RE = new RegExp(`百分之(${ARABIC_SIMPLE}|${CN_NUMBER})`, 'y');
const FRACTION_RE = new RegExp(`(\\d+|${CN}+)分之(${ARABIC_SIMPLE}|${CN_NUMBER})`, 'y');
const ROMAN_RE = /[\u2160-\u216B\u2170-\u217B]/y;

const RANGE_WORD_SEP = /^\s*(?:[~～〜]|到|至)\s*$/;
const DASH_SEP = /^[-－–—−]$/;
// A dash is a code, not a range, after a letter or another dash (Llama-2-70B, A100-80G, GPT-4) or a time (9:00-18:00).
const CODE_BEFORE = /[A-Za-z0-9._:/\-－–—−]/;
// …or when the right side continues a chain (2024-12-23, 1/2/3).
const CHAIN_AFTER = /^[-－–—−/.]\d/;
const RANGEABLE: ReadonlySet<AtomKind> = new Set<AtomKind>(['arabic', 'chinese', 'percentWord']);

/** Builds an atom with the neutral defaults (no multiplier, not a bare integer). */
const atom = (start: number, end: number, kind: AtomKind, fields: Partial<Atom>): Atom => ({
  start,
  end,
  kind,
  multiplier: 1,
  plain: false,
  ...fields,
});

/** Runs a sticky regex exactly at `at`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Fields of an atom from a Chinese numeral's value, scaled by an extra factor (百余万 → ×1e4). */
function chineseFields(parsed: ChineseValue, factor: number): Partial<Atom> {
  if ('value' in parsed) return { value: clean(parsed.value * factor) };
  return { low: clean(parsed.low * factor), high: clean(parsed.high * factor) };
}

/** Value of an Arabic or Chinese operand of 分之; undefined for ranges such as 五六. */
function operandValue(s: string): number | undefined {
  if (/^\d/.test(s)) return Number(s);
  const parsed = parseChineseNumeral(s);
  return 'value' in parsed ? parsed.value : undefined;
}

/** YYYY-MM-DD (or . /) as three numbers, so it never turns into a range 2024..12 or a fraction. */
const matchDate: Matcher = (text, at) => {
  const m = execAt(DATE_RE, text, at);
  if (!m) return undefined;
  const parts = [m[1] ?? '', m[3] ?? '', m[4] ?? ''];
  let start = at;
  return parts.map((part) => {
    const a = atom(start, start + part.length, 'date', { value: Number(part) });
    start += part.length + 1;
    return a;
  });
};

/** Arabic digits with optional thousands separators, decimals, 多/余, 万/亿 multiplier and percent sign. */
const matchArabic: Matcher = (text, at) => {
  const m = execAt(ARABIC_RE, text, at);
  if (!m) return undefined;
  const raw = Number((m[1] ?? '').replace(/,/g, ''));
  const multiplier = m[2] ? parseChineseInteger(m[2]) : 1;
  const value = multiplier === 1 ? raw : clean(raw * multiplier);
  return [atom(at, at + m[0].length, 'arabic', { value, multiplier, plain: /^\d+$/.test(m[0]) })];
};

/** A run of Chinese numerals (三千五百, 四点四万亿, 六七, 百余万), cut short where a stop word begins. */
const matchChinese: Matcher = (text, at, blocked) => {
  if (blocked[at]) return undefined;
  const limit = blocked.indexOf(true, at);
  const m = execAt(CHINESE_RE, limit === -1 ? text : text.slice(0, limit), at);
  if (!m) return undefined;
  const core = m[1] ?? '';
  const factor = m[2] ? parseChineseInteger(m[2]) : 1;
  const multiplier = factor > 1 ? factor : chineseMultiplier(core);
  return [atom(at, at + m[0].length, 'chinese', { multiplier, ...chineseFields(parseChineseNumeral(core), factor) })];
};

/** 百分之二十 → 20: like 20%, the percent is not applied. */
const matchPercentWord: Matcher = (text, at) => {
  const m = execAt(PERCENT_WORD_RE, text, at);
  if (!m) return undefined;
  const operand = m[1] ?? '';
  const fields = /^\d/.test(operand) ? { value: Number(operand) } : chineseFields(parseChineseNumeral(operand), 1);
  return [atom(at, at + m[0].length, 'percentWord', fields)];
};

/** N分之M → M/N (三分之一 → 0.333…); 百分之 is left to matchPercentWord, which wins the tie. */
const matchFraction: Matcher = (text, at) => {
  const m = execAt(FRACTION_RE, text, at);
  if (!m) return undefined;
  const denominator = operandValue(m[1] ?? '');
  const numerator = operandValue(m[2] ?? '');
  if (!denominator || numerator === undefined) return undefined;
  return [atom(at, at + m[0].length, 'fraction', { value: clean(numerator / denominator) })];
};

/** The low..high span of "several" of a unit: 几百 → 200..900. */
const several = (unit: string, from = 2): [number, number] => {
  const u = parseChineseInteger(unit);
  return [from * u, 9 * u];
};

const VAGUE_RULES: ReadonlyArray<{ re: RegExp; span: (m: RegExpExecArray) => [number, number] }> = [
  // 数以百万 is "millions", so it starts at one of the unit rather than two.
  { re: /数以([十百千万亿]+)/y, span: (m) => several(m[1] ?? '', 1) },
  { re: new RegExp(`${NOT_AFTER_WORD}[几数]([十百千万亿]+)`, 'y'), span: (m) => several(m[1] ?? '') },
  {
    re: /([一二两三四五六七八九]?十)几([万亿]*)/y,
    span: (m) => {
      const base = parseChineseInteger(m[1] ?? '');
      const factor = m[2] ? parseChineseInteger(m[2]) : 1;
      return [clean((base + 1) * factor), clean((base + 9) * factor)];
    },
  },
  { re: new RegExp(`${NOT_AFTER_WORD}[几数](?=${MEASURE})`, 'y'), span: () => [2, 9] },
];

/** Vague quantities: 几百, 数亿, 数以百万, 十几, 几家, 数款. */
const matchVague: Matcher = (text, at) => {
  for (const { re, span } of VAGUE_RULES) {
    const m = execAt(re, text, at);
    if (!m) continue;
    const [low, high] = span(m);
    return [atom(at, at + m[0].length, 'vague', { low, high })];
  }
  return undefined;
};

/** Roman numeral characters Ⅰ…Ⅻ (鹏城云脑Ⅲ). */
const matchRoman: Matcher = (text, at) => {
  const m = execAt(ROMAN_RE, text, at);
  if (!m) return undefined;
  return [atom(at, at + 1, 'roman', { value: ((m[0].codePointAt(0) ?? 0) % 16) + 1 })];
};

// Order only breaks ties between equally long matches: 百分之二十 is a percent (20), not a fraction (0.2).
const MATCHERS: readonly Matcher[] = [matchDate, matchPercentWord, matchFraction, matchVague, matchArabic, matchChinese, matchRoman];

const lastEnd = (atoms: readonly Atom[]): number => atoms[atoms.length - 1]?.end ?? 0;

/** Positions covered by stop words (一些, 统一, 万一 …), where a Chinese numeral must not start. */
function stopMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(STOP_RE)) mask.fill(true, m.index, m.index + m[0].length);
  return mask;
}

/** Tokenises left to right, taking the longest match at each position. */
function scanAtoms(text: string): Atom[] {
  const blocked = stopMask(text);
  const atoms: Atom[] = [];
  let at = 0;
  while (at < text.length) {
    let best: Atom[] | undefined;
    for (const match of MATCHERS) {
      const found = match(text, at, blocked);
      if (found && found.length > 0 && (!best || lastEnd(found) > lastEnd(best))) best = found;
    }
    if (best) atoms.push(...best);
    at = best ? lastEnd(best) : at + 1;
  }
  return atoms;
}

/** Whether a dash between two tokens is a range (1-2, 16—18) rather than a code, model name or date. */
function isDashRange(text: string, a: Atom, b: Atom): boolean {
  if (a.kind !== 'arabic' || b.kind !== 'arabic') return false;
  return !CODE_BEFORE.test(text.charAt(a.start - 1)) && !CHAIN_AFTER.test(text.slice(b.end, b.end + 2));
}

/** Joins `a sep b` into a range (3~5, 1-2, 20%到50%, 5亿到千亿, 3-5亿), or undefined when they stay apart. */
function asRange(text: string, a: Atom, b: Atom): NumberMention | undefined {
  if (!RANGEABLE.has(a.kind) || !RANGEABLE.has(b.kind) || a.value === undefined || b.value === undefined) return undefined;
  const sep = text.slice(a.end, b.start);
  const dash = DASH_SEP.test(sep);
  if (!(dash ? isDashRange(text, a, b) : RANGE_WORD_SEP.test(sep))) return undefined;
  const low = a.multiplier === 1 && b.multiplier > 1 ? clean(a.value * b.multiplier) : a.value;
  // A falling pair (2024-12) is not a range; keeping both numbers is the safe reading.
  if (low > b.value) return undefined;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end, low, high: b.value, form: 'range' };
}

/** Joins `a/b` of bare integers into a proper fraction (1/20 → 0.05); dates and ratios like 24/7 stay apart. */
function asFraction(text: string, a: Atom, b: Atom): NumberMention | undefined {
  if (!a.plain || !b.plain || a.kind !== 'arabic' || b.kind !== 'arabic') return undefined;
  if (text.slice(a.end, b.start) !== '/' || /[/\d.]/.test(text.charAt(a.start - 1))) return undefined;
  if (/^\/\d/.test(text.slice(b.end, b.end + 2))) return undefined;
  const [numerator, denominator] = [a.value ?? 0, b.value ?? 0];
  if (numerator >= denominator) return undefined;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end, value: clean(numerator / denominator), form: 'fraction' };
}

/** The public shape of a token that was not joined with a neighbour. */
function toMention(text: string, a: Atom): NumberMention {
  const base = { text: text.slice(a.start, a.end), start: a.start, end: a.end };
  if (a.low !== undefined && a.high !== undefined) {
    return a.kind === 'vague'
      ? { ...base, low: a.low, high: a.high, vague: true, form: 'vague' }
      : { ...base, low: a.low, high: a.high, form: 'range' };
  }
  return { ...base, value: a.value ?? 0, form: a.kind === 'fraction' ? 'fraction' : 'number' };
}

// Full-width digits (２０２４) become ASCII; one UTF-16 unit each, so offsets stay valid for the original text.
const normalise = (text: string): string =>
  text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Every number expression in `text`, in order of position, non-overlapping (longest match wins). */
export function parseNumberExpressions(text: string): NumberMention[] {
  const normal = normalise(text);
  const atoms = scanAtoms(normal);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < atoms.length; i += 1) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (!a) continue;
    const joined = b ? (asRange(normal, a, b) ?? asFraction(normal, a, b)) : undefined;
    if (joined) i += 1;
    mentions.push(joined ?? toMention(normal, a));
  }
  // Report the caller's own characters (full-width digits included), not the normalised copy.
  return mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

/** All numbers a mention can stand for: value, low and high. */
export function mentionValues(m: NumberMention): number[] {
  return [m.value, m.low, m.high].filter((v): v is number => v !== undefined);
}
