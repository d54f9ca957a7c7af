/**
 * npm run extract — the curator's coverage report. Lists every sentence of each article body that holds a
 * number no claim quotes and the ignore list (data/extract-ignore.csv) does not explain, then prints
 * coverage as covered / numeric sentences. Exits 1 while anything is left, so CI keeps the dataset complete.
 */
import { readFileSync } from 'node:fs';
import { articleSpan } from '../src/data/article-text';
import { readCsvTable } from '../src/data/csv-table';
import { loadDataset } from '../src/data/load-dataset';
import { splitSentences, sourceCoverage, type IgnoreEntry } from '../src/domain/coverage';
import { readDatasetFiles } from './read-dataset-files';

const IGNORE_FILE = 'data/extract-ignore.csv';
const dataset = loadDataset(readDatasetFiles('data'));
const ignoreTable = readCsvTable(readFileSync(IGNORE_FILE, 'utf8'), IGNORE_FILE);
const ignores: IgnoreEntry[] = ignoreTable.records.map((r) => ({
  sourceId: r.fields['source_id'] ?? '',
  text: r.fields['text'] ?? '',
  reason: r.fields['reason'] ?? '',
  line: r.line,
}));

let leftover = 0;
let totals = { numeric: 0, covered: 0, ignored: 0 };
for (const p of ignoreTable.problems) console.log(`${p.file}:${p.line} — ${p.reason}`);
for (const ig of ignores.filter((i) => i.reason.trim() === '')) {
  console.log(`${IGNORE_FILE}:${ig.line} reason — every ignored sentence needs a reason`);
  leftover++;
}
for (const source of dataset.sources) {
  const text = dataset.sourceTexts.get(source.id);
  const span = text === undefined ? undefined : articleSpan(text, source);
  if (!text || !span) continue;
  const quoteSpans = dataset.claims
    .filter((c) => c.sourceId === source.id)
    .map((c) => dataset.offsets.get(c.id)!)
    .filter(Boolean);
  const cov = sourceCoverage(source.id, splitSentences(text, span), quoteSpans, ignores);
  totals = {
    numeric: totals.numeric + cov.numeric,
    covered: totals.covered + cov.covered,
    ignored: totals.ignored + cov.ignored,
  };
  console.log(`\n${source.id}: ${cov.covered} covered + ${cov.ignored} ignored of ${cov.numeric} numeric sentences`);
  for (const s of cov.uncovered) {
    leftover++;
    console.log(`  UNCOVERED @${s.start}: ${s.text}`);
  }
  for (const ig of cov.unusedIgnores) {
    leftover++;
    console.log(`  STALE IGNORE ${IGNORE_FILE}:${ig.line}: "${ig.text}" matches no numeric sentence`);
  }
}
const pct = totals.numeric ? ((100 * (totals.covered + totals.ignored)) / totals.numeric).toFixed(1) : '0';
console.log(
  `\nCoverage: ${totals.covered} covered by claims + ${totals.ignored} ignored with a reason = ${totals.covered + totals.ignored} / ${totals.numeric} numeric sentences (${pct}%); ${leftover} left.`,
);
process.exitCode = leftover === 0 ? 0 : 1;
