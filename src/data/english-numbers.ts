/**
 * Reads the figures back out of an English translation, so the validator can check that a translation
 * states the claim's value and the UI can emphasise the figure in it. It reads what the curators' style
 * writes: digits with thousands commas and decimals, scale words (thousand, million, billion, trillion,
 * hundred), percent, ranges (3–5, 20% to 50%), fractions (1/20, one third, two thirds, half) and the
 * number words one to twenty.
 */

/** A figure in English text: where it is and the number(s) it states (two for a range). */
export interface EnglishNumber {
  start: number;
  end: number;
  text: string;
  values: number[];
}

const WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

const WORD = Object.keys(WORDS).join('|');
const FRACTION_WORD = Object.keys(FRACTION_WORDS).join('|');
const SCALE = Object.keys(SCALES).join('|');

// One quantity: a digit number, a fraction or a number word, then optional scale words and a percent sign.
// "a" and "an" count only before a scale or fraction word ("a trillion", "a third"), never alone.
const QUANTITY = `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?|(?:${WORD})(?![a-z])(?:[\\s-]+(?:${FRACTION_WORD})(?![a-z]))?|(?:${FRACTION_WORD})(?![a-z]))(?:[\\s-]+(?:${SCALE}))*(?:\\s*(?:%|percent\\b))?`;
const RANGE_SEPARATOR = '\\s*(?:–|—|-|~|to)\\s*';
const PATTERN = new RegExp(`\\b(${QUANTITY})(?:(${RANGE_SEPARATOR})(${QUANTITY}))?`, 'gi');

// Vague amounts read by the same convention as the Chinese parser (数亿 → 2–9 hundred million, 几十 → 20–90):
// "several / a few" + scale is 2–9 of it, "tens / dozens of" 20–90, "hundreds of" 200–900, "millions of" 1–9 million.
const VAGUE = new RegExp(
  `\\b(?:(several|a few)((?:[\\s-]+(?:${SCALE}|dozen))+)|(tens|dozens|hundreds|thousands|millions|billions)(?=\\s+of\\b|\\s*$|[\\s,.;)])((?:\\s+of)?(?:\\s+(?:${SCALE}))*))`,
  'gi',
);
const VAGUE_PLURALS: Readonly<Record<string, [number, number]>> = {
  tens: [20, 90], dozens: [20, 90], hundreds: [200, 900], thousands: [2000, 9000], millions: [1e6, 9e6], billions: [1e9, 9e9],
};

function vagueNumbers(text: string): EnglishNumber[] {
  const out: EnglishNumber[] = [];
  for (const m of text.matchAll(VAGUE)) {
    const [whole, few, fewScale, plural, pluralScale] = m;
    let range: [number, number];
    if (few) {
      const scale = (fewScale ?? '').toLowerCase().split(/[\s-]+/).reduce((k, w) => k * (w === 'dozen' ? 10 : (SCALES[w] ?? 1)), 1);
      range = [2 * scale, 9 * scale];
    } else {
      const base = VAGUE_PLURALS[(plural ?? '').toLowerCase()]!;
      const scale = scaleOf(pluralScale ?? '');
      range = [base[0] * scale, base[1] * scale];
    }
    const trimmed = whole.replace(/\s+of$/i, '');
    out.push({ start: m.index, end: m.index + trimmed.length, text: trimmed, values: range });
  }
  return out;
}

/** The value of one quantity, or undefined for a word that is not a figure here ("a" alone). */
function quantityValue(raw: string): { value: number; scaled: boolean } | undefined {
  const parts = raw.toLowerCase().replace(/%|percent/g, '').trim().split(/[\s-]+/).filter(Boolean);
  let value: number | undefined;
  let i = 0;
  const first = parts[0] ?? '';
  const digits = /^[\d,]+(\.\d+)?(\/\d+)?$/.test(first) ? first : undefined;
  if (digits) {
    const [num = '', den] = digits.replace(/,/g, '').split('/');
    value = den ? Number(num) / Number(den) : Number(num);
    i = 1;
  } else if (first in WORDS) {
    value = WORDS[first];
    i = 1;
    const next = parts[1];
    if (next && next in FRACTION_WORDS) {
      value = value! / FRACTION_WORDS[next]!;
      i = 2;
    }
  } else if (first in FRACTION_WORDS) {
    value = 1 / FRACTION_WORDS[first]!;
    i = 1;
  }
  if (value === undefined || Number.isNaN(value)) return undefined;
  let scaled = false;
  for (; i < parts.length; i++) {
    const s = SCALES[parts[i]!];
    if (s === undefined) break;
    value *= s;
    scaled = true;
  }
  // "a", "an" and a lone "one" are articles or pronouns unless a scale or fraction follows.
  if (!digits && (first === 'a' || first === 'an') && !scaled && parts.length === 1) return undefined;
  return { value, scaled };
}

const scaleOf = (raw: string): number =>
  raw
    .toLowerCase()
    .split(/[\s-]+/)
    .reduce((m, w) => m * (SCALES[w] ?? 1), 1);

/** Every figure of an English text, in order. A year (2030) reads as a number too. */
export function readEnglishNumbers(text: string): EnglishNumber[] {
  const out: EnglishNumber[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, a = '', , b] = m;
    const start = m.index;
    const low = quantityValue(a);
    if (b !== undefined) {
      const high = quantityValue(b);
      if (low && high) {
        // "1.5 to 2 billion": the scale written once applies to both ends.
        const lowValue = low.scaled ? low.value : low.value * scaleOf(b);
        out.push({ start, end: start + whole.length, text: whole, values: [lowValue, high.value] });
        continue;
      }
    }
    if (!low) continue;
    const end = start + a.trimEnd().length;
    out.push({ start, end, text: text.slice(start, end), values: [low.value] });
  }
  return [...out, ...vagueNumbers(text)].sort((x, y) => x.start - y.start);
}
