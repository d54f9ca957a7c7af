/**
 * npm run proposer-quality — runs the claim proposer over the curated articles (their bodies only) and
 * compares its proposals with data/claims.csv: recall, value/unit accuracy, precision and F1 beside their
 * goals, a line per article, and every miss and false positive so the next person knows what to improve.
 * Always exits 0: the figures are for reading.
 */
import { readFileSync } from 'node:fs';
import { articleSpan } from '../src/data/article-text';
import { readCsvTable } from '../src/data/csv-table';
import { loadDataset } from '../src/data/load-dataset';
import { parseReadings } from '../src/data/source';
import { proposeClaims } from '../src/extract/propose-claims';
import {
  qualityFigures,
  scoreProposals,
  type CuratedClaimSpan,
  type IgnoredSentence,
  type PlacedProposal,
  type QualityCounts,
} from '../src/extract/score-proposals';
import type { ProposedClaim } from '../src/extract/proposal';
import { readDatasetFiles } from './read-dataset-files';

const IGNORE_FILE = 'data/extract-ignore.csv';
const dataset = loadDataset(readDatasetFiles('data'));
const ignored: IgnoredSentence[] = readCsvTable(readFileSync(IGNORE_FILE, 'utf8'), IGNORE_FILE).records.map((r) => ({
  sourceId: r.fields['source_id'] ?? '',
  text: r.fields['text'] ?? '',
  reason: r.fields['reason'] ?? '',
}));

const claims: CuratedClaimSpan[] = [];
for (const c of dataset.claims) {
  const at = dataset.offsets.get(c.id);
  if (!at) continue;
  const figureStart = at.start + Math.max(0, c.quote.indexOf(c.figure));
  claims.push({
    id: c.id,
    sourceId: c.sourceId,
    quoteStart: at.start,
    quoteEnd: at.end,
    figure: c.figure,
    figureStart,
    figureEnd: figureStart + c.figure.length,
    value: c.value,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    unit: c.unit,
    qualifier: c.qualifier,
    kind: c.kind,
    year: c.year,
  });
}

const proposals: PlacedProposal[] = [];
for (const source of dataset.sources) {
  const text = dataset.sourceTexts.get(source.id);
  const span = text === undefined ? undefined : articleSpan(text, source);
  if (text === undefined || !span) continue;
  // The date the article reports on, as a curator would enter it: its claims' as_of, else the publication date.
  const asOf = dataset.claims.filter((c) => c.sourceId === source.id).map((c) => c.asOf).sort()[0] ?? source.published;
  const result = proposeClaims(text.slice(span.start, span.end), { asOf, readings: parseReadings(source.readings) });
  for (const p of result.proposals) proposals.push({ ...p, sourceId: source.id, quoteStart: p.quoteStart + span.start });
}

/**
 * The proposer on each article's English translation (data/translations), scored against the same claims:
 * a claim's sentence is the translation of the sentences its quote spans; its figure is found by number.
 */
function englishQuality() {
  const placed: PlacedProposal[] = [];
  const spans: CuratedClaimSpan[] = [];
  for (const [sourceId, translation] of dataset.translations) {
    let text = '';
    const at = translation.sentences.map((s) => {
      const start = text.length;
      text += `${s.english} `;
      return { original: s, start, end: start + s.english.length };
    });
    const asOf = dataset.claims.filter((c) => c.sourceId === sourceId).map((c) => c.asOf).sort()[0];
    for (const p of proposeClaims(text, { asOf }).proposals) placed.push({ ...p, sourceId });
    for (const c of claims.filter((x) => x.sourceId === sourceId)) {
      const hit = at.filter((s) => s.original.start < c.quoteEnd && c.quoteStart < s.original.end);
      if (hit.length === 0) continue;
      const [quoteStart, quoteEnd] = [hit[0]!.start, hit[hit.length - 1]!.end];
      spans.push({ ...c, quoteStart, quoteEnd, figureStart: quoteStart, figureEnd: quoteStart });
    }
  }
  return scoreProposals(spans, placed);
}

const quality = scoreProposals(claims, proposals, ignored);
const english = englishQuality();
const f = qualityFigures(quality.total);
const pct = (x: number) => x.toFixed(3);
const goal = (label: string, value: number, min: number | undefined, detail: string) =>
  console.log(
    `  ${label.padEnd(22)} ${pct(value)}  ${min === undefined ? 'report       ' : `goal ≥ ${min.toFixed(2)}  ${value >= min ? 'PASS' : 'MISS'}`}  ${detail}`,
  );
const t = quality.total;

console.log(`Proposer quality: ${dataset.sources.length} articles, ${t.claims} curated claims, ${t.proposals} proposals\n`);
goal('recall', f.recall, 0.9, `${t.recalled}/${t.claims} claims proposed with the right value, unit and qualifier`);
goal('value and unit right', f.valueUnit, 0.95, `${t.valueUnitRight}/${t.matched} proposals on a curated figure`);
goal('precision', f.precision, 0.7, `${t.correct}/${t.proposals} proposals are curated claims`);
goal('F1', f.f1, undefined, '');
goal('kind right', f.kind, undefined, `${t.kindRight}/${t.matched} matched`);
goal('year right', f.year, undefined, `${t.yearRight}/${t.matched} matched`);

console.log(`\nThe same articles in the curators' English translations (report only; no ignore list, qualifiers as translated):`);
const e = qualityFigures(english.total);
goal('recall', e.recall, undefined, `${english.total.recalled}/${english.total.claims}`);
goal('value and unit right', e.valueUnit, undefined, `${english.total.valueUnitRight}/${english.total.matched}`);
goal('precision', e.precision, undefined, `${english.total.correct}/${english.total.proposals}`);
goal('F1', e.f1, undefined, '');

console.log('\nPer article:');
const line = (id: string, n: QualityCounts) => {
  const g = qualityFigures(n);
  console.log(
    `  ${id.padEnd(22)} recall ${n.recalled}/${n.claims} (${pct(g.recall)})  precision ${n.correct}/${n.proposals} (${pct(g.precision)})  value+unit ${n.valueUnitRight}/${n.matched}  kind ${n.kindRight}/${n.matched}  year ${n.yearRight}/${n.matched}`,
  );
};
for (const [id, n] of quality.bySource) line(id, n);

const show = (p: ProposedClaim | undefined): string => {
  if (!p) return 'nothing';
  const v = p.value !== undefined ? String(p.value) : `${p.valueLow}–${p.valueHigh}`;
  return `"${p.figure}" ${v} ${p.unit} ${p.qualifier}`;
};
const want = (c: CuratedClaimSpan): string =>
  `${c.value !== undefined ? c.value : `${c.valueLow}–${c.valueHigh}`} ${c.unit} ${c.qualifier}`;

console.log(`\nMisses (${quality.misses.length}): curated claim → what was proposed in its sentence`);
for (const m of quality.misses) {
  const others = m.sameSentence.filter((p) => p !== m.matched).map(show);
  console.log(`  ${m.claim.id}: "${m.claim.figure}" wants ${want(m.claim)}; on it: ${show(m.matched)}${others.length ? `; also ${others.join(', ')}` : ''}`);
}
console.log(`\nWrong value or unit on a curated figure (${quality.wrongValueOrUnit.length}):`);
for (const m of quality.wrongValueOrUnit) console.log(`  ${m.claim.id}: wants ${want(m.claim)}; proposed ${show(m.matched)}`);
const listFalsePositives = (fps: typeof quality.falsePositives) => {
  for (const fp of fps) {
    const why = fp.ignoredBecause ? ` [ignored sentence: ${fp.ignoredBecause}]` : '';
    console.log(`  ${fp.proposal.sourceId} @${fp.proposal.quoteStart}: ${show(fp.proposal)} in "${fp.proposal.quote.slice(0, 60)}…"${why}`);
  }
};
console.log(`\nProposals that are no curated claim (${quality.falsePositives.length}):`);
listFalsePositives(quality.falsePositives);

console.log(`\nIn the English translations: misses (${english.misses.length}) and proposals that are no curated claim (${english.falsePositives.length}):`);
for (const m of english.misses) console.log(`  ${m.claim.id}: wants ${want(m.claim)}; in its sentence: ${m.sameSentence.map(show).join(', ') || 'nothing'}`);
listFalsePositives(english.falsePositives);
