import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { UNITS, type Unit } from '../data/vocabulary';
import { formatClaimValue, type Lang } from './format-number';
import { t } from './messages';
import { joinSentences } from './point-announcement';
import { provenanceOf } from './provenance';
import { sourcesOf } from './source-credit';

// Views that mix many units (the timeline) would read as a list of numbers: the units with the most claims
// are described, the rest counted.
const MAX_UNITS = 3;

/** The lowest and highest claim of one unit (the same claim when the unit has one). */
interface UnitExtremes {
  unit: Unit;
  count: number;
  low: Claim;
  high: Claim;
}

// A range claim counts at its low end for the lowest and its high end for the highest: "3–4 months" is
// the lowest doubling time if 3 is the lowest figure anyone stated.
const lowOf = (c: Claim) => c.value ?? c.valueLow;
const highOf = (c: Claim) => c.value ?? c.valueHigh;

/** Per unit, the claims with the lowest and highest figures; units with the most claims first. */
export function extremesByUnit(claims: readonly Claim[]): UnitExtremes[] {
  const byUnit = new Map<Unit, UnitExtremes>();
  for (const c of claims) {
    const lo = lowOf(c);
    const hi = highOf(c);
    if (lo === undefined || hi === undefined) continue;
    const e = byUnit.get(c.unit);
    if (!e) {
      byUnit.set(c.unit, { unit: c.unit, count: 1, low: c, high: c });
      continue;
    }
    e.count++;
    if (lo < lowOf(e.low)!) e.low = c;
    if (hi > highOf(e.high)!) e.high = c;
  }
  // Stable: units with as many claims keep the order they first appear in.
  return [...byUnit.values()].sort((a, b) => b.count - a.count);
}

/**
 * The generated description of a chart, for readers who cannot see it: what it shows (the view's own
 * sentence), how many claims from which sources, and per unit the lowest and highest figure and who
 * stated each. Values are as the sources stated them, in their own units, never converted.
 */
export function describeChart(
  what: string,
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): string {
  // The views' own descriptions end with a stop, a question mark or nothing; give those with nothing a stop.
  const sentences = [/[.。?？!！]$/.test(what) ? what : t('chartDescWhat', lang, { what: what.replace(/[:：]$/, '') })];
  if (claims.length === 0) return joinSentences([...sentences, t('chartDescNone', lang)], lang);
  const listed = sourcesOf(claims, sources).map((s) => (lang === 'zh' ? s.shortZh : s.shortEn));
  if (claims.some((c) => !sources.has(c.sourceId))) listed.push(t('yourData', lang));
  const claimsText =
    claims.length === 1 ? t('chartDescOneClaim', lang) : t('chartDescClaims', lang, { n: claims.length });
  sentences.push(
    t(listed.length === 1 ? 'chartDescFromOne' : 'chartDescFrom', lang, {
      claims: claimsText,
      k: listed.length,
      sources: listOf(listed, lang),
    }),
  );
  const units = extremesByUnit(claims);
  const who = (c: Claim) => provenanceOf(c, sources.get(c.sourceId)).speakerShort[lang];
  for (const e of units.slice(0, MAX_UNITS)) {
    const unit = UNITS[e.unit][lang];
    sentences.push(
      e.count === 1
        ? t('chartDescSingle', lang, { unit, value: formatClaimValue(e.low, lang), by: who(e.low) })
        : t('chartDescRange', lang, {
            unit,
            low: formatClaimValue(e.low, lang),
            lowBy: who(e.low),
            high: formatClaimValue(e.high, lang),
            highBy: who(e.high),
          }),
    );
  }
  const rest = units.slice(MAX_UNITS);
  const more = rest.reduce((sum, e) => sum + e.count, 0);
  if (more === 1) sentences.push(t('chartDescOtherClaim', lang));
  else if (rest.length === 1) sentences.push(t('chartDescOtherUnit', lang, { n: more }));
  else if (rest.length > 1) sentences.push(t('chartDescOtherUnits', lang, { n: more, m: rest.length }));
  return joinSentences(sentences, lang);
}

/** "A, B and C" / "A、B和C". */
function listOf(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return t('listLast', lang, { items: items.slice(0, -1).join(t('listSeparator', lang)), last: items.at(-1)! });
}
