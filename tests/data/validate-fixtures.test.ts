import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { formatProblem } from '../../src/data/problem';
import { validationReport } from '../../src/data/validation-report';
import { readDatasetFiles } from '../../scripts/read-dataset-files';

/** Validates a fixture claims file against the real sources and returns the printed problem lines. */
function problemsOf(fixture: string): string[] {
  const files = readDatasetFiles('data', `tests/fixtures/${fixture}.csv`);
  return loadDataset(files).problems.map(formatProblem);
}

describe('the validator on broken fixture files', () => {
  it('a quote that is not verbatim', () => {
    expect(problemsOf('quote-not-verbatim')).toEqual([
      'tests/fixtures/quote-not-verbatim.csv:4 quote — quote is not found verbatim in the source text',
    ]);
  });

  it('a value that disagrees with its quote', () => {
    expect(problemsOf('value-disagrees')).toEqual([
      'tests/fixtures/value-disagrees.csv:4 value — 48.5 is not a number the figure "45.8%" states (it reads: 45.8)',
    ]);
  });

  it('an unknown unit', () => {
    const [line, ...rest] = problemsOf('unknown-unit');
    expect(rest).toEqual([]);
    expect(line).toMatch(/^tests\/fixtures\/unknown-unit\.csv:4 unit — unknown unit "furlongs"; expected one of USD, CNY, /);
  });

  it('a duplicate id', () => {
    expect(problemsOf('duplicate-id')).toEqual([
      'tests/fixtures/duplicate-id.csv:4 id — duplicate id "he-liquid-cooling-market-2023" (first on line 2)',
    ]);
  });

  it('an unclosed quote, with the rows after it still loaded', () => {
    const files = readDatasetFiles('data', 'tests/fixtures/unclosed-quote.csv');
    const d = loadDataset(files);
    expect(d.problems.map(formatProblem)).toEqual([
      'tests/fixtures/unclosed-quote.csv:4 — unclosed quote: a field opens with " and never closes; row skipped',
    ]);
    expect(d.claims.map((c) => c.id)).toEqual([
      'he-liquid-cooling-market-2023',
      'he-liquid-cooling-growth-2023',
      'he-aidc-electricity-share-2030',
    ]);
  });

  it('a missing column', () => {
    expect(problemsOf('missing-column')).toEqual(['tests/fixtures/missing-column.csv:1 unit — missing column in the header']);
  });
});

describe('the validator on broken translations', () => {
  it('a claim without a translation', () => {
    expect(problemsOf('missing-translation')).toEqual([
      'tests/fixtures/missing-translation.csv:4 quote_en — claim has no English translation of its quote',
    ]);
  });

  it('a translation whose figure differs from the claim value', () => {
    expect(problemsOf('translation-wrong-figure')).toEqual([
      'tests/fixtures/translation-wrong-figure.csv:2 quote_en — the translation does not state 1550000000, the figure "15.5亿美元" of the quote (it reads: 2023, 1.5 billion)',
    ]);
  });

  it('an unknown flag', () => {
    const [line, ...rest] = problemsOf('unknown-flag');
    expect(rest).toEqual([]);
    expect(line).toMatch(/^tests\/fixtures\/unknown-flag\.csv:3 flags — unknown flag "made_up"; expected one of source_error, /);
  });

  it('an article translation that skips a sentence, leaves one blank and stops early', () => {
    const files = readDatasetFiles('data');
    const unaligned = readFileSync('tests/fixtures/translations/caict-he-2024-unaligned.csv', 'utf8');
    const d = loadDataset({ ...files, english: { ...files.english!, translationCsvs: { ...files.english!.translationCsvs, 'caict-he-2024': unaligned } } });
    const lines = d.problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/^data\/translations\/caict-he-2024\.csv:6 original — the article text before this sentence is not translated: "/),
      'data/translations/caict-he-2024.csv:10 english — sentence has no translation',
      expect.stringMatching(/^data\/translations\/caict-he-2024\.csv:30 — the alignment stops before the end of the article body: ".+" \(\d+ characters\) has no translation$/),
    ]);
    // The claims are untouched: a broken translation file loses none of them.
    expect(d.claims).toHaveLength(loadDataset(files).claims.length);
  });

  it('a source without a translation file, and a Chinese speaker without an English name', () => {
    const files = readDatasetFiles('data');
    const { ['kpmg-lenovo-2023']: _dropped, ...rest } = files.english!.translationCsvs;
    void _dropped;
    const names = files.english!.namesCsv.replace(/^赛迪顾问 CCID,.*\n/m, '');
    const lines = loadDataset({ ...files, english: { translationCsvs: rest, namesCsv: names } }).problems.map(formatProblem);
    expect(lines).toContain(
      'data/translations/kpmg-lenovo-2023.csv — no translation of the article kpmg-lenovo-2023 (run npm run translation-skeleton, then translate)',
    );
    expect(lines.filter((l) => l.includes('"赛迪顾问 CCID" has no English form in data/names.csv'))).toHaveLength(3);
  });
});

describe('the validator on the real data', () => {
  it('passes, with every claim valid', () => {
    const d = loadDataset(readDatasetFiles('data'));
    expect(d.problems.map(formatProblem)).toEqual([]);
    expect(d.claims.length).toBeGreaterThanOrEqual(90);
    expect(validationReport(d).ok).toBe(true);
  });

  it('passes on a copy with a BOM and CRLF line ends', () => {
    const files = readDatasetFiles('data');
    const claimsCsv = '\uFEFF' + files.claimsCsv.replace(/\n/g, '\r\n');
    const sourcesCsv = '\uFEFF' + files.sourcesCsv.replace(/\n/g, '\r\n');
    const d = loadDataset({ ...files, claimsCsv, sourcesCsv });
    expect(d.problems).toEqual([]);
    expect(d.claims.length).toBe(loadDataset(files).claims.length);
    // Quotes with embedded CRLF would break verbatim matching; none of ours span lines.
    expect(d.claims.every((c) => !c.quote.includes('\r'))).toBe(true);
  });

  it('the CLI exits non-zero and ends with a summary line on a broken file', () => {
    let out = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/validate.ts', '--claims', 'tests/fixtures/duplicate-id.csv'], { encoding: 'utf8' });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      out = err.stdout;
    }
    expect(status).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('tests/fixtures/duplicate-id.csv:4 id — duplicate id "he-liquid-cooling-market-2023" (first on line 2)');
    expect(lines.at(-1)).toBe('FAILED: 1 problem(s); 2 of 3 claim row(s) valid.');
  }, 30_000);

});

// The five articles are copied byte for byte from shared/sources; an edit would let a doctored text make a
// quote "verbatim". The originals' names are kept here, and they are compared when shared/ is beside us.
const ORIGINALS: Record<string, string> = {
  'caict-he-2024': '000_682665925d9ca1c4.txt',
  'tianfeng-2024-trends': '001_de0973851ffe746b.txt',
  'gba-forum-2024': '002_b02b43c5465d21c3.txt',
  'kpmg-lenovo-2023': '003_f946e29084b06da0.txt',
  'three-questions-2024': '004_6ee0e88a43b0cc62.txt',
};

const SHA256: Record<string, string> = {
  'caict-he-2024': 'e5cb27236b6a946e5e4b8a9c2036ec212ab16c2695cc0fece0b3b559da2901d0',
  'tianfeng-2024-trends': '8fe521ca996b804a0a404623f01c6dd47321ce92b68c810e353ca292be98c1af',
  'gba-forum-2024': 'afde8076ad706c02c137b4f3d8c17c1bfa97d38b7500f6c35f09d1915616d813',
  'kpmg-lenovo-2023': '723be64c61eaf8e73f983d5fe5fccdd2ffdeb1eaa2ddbdbcb060cd331b47ff0d',
  'three-questions-2024': '56b6d8a7ed96ff066315a3257f489a8c329bd53bad9ef47444f4fc3ec275aab1',
};

describe('data/sources', () => {
  it.each(Object.entries(ORIGINALS))('%s is byte-identical to the collected article %s', (id, original) => {
    const ours = readFileSync(`data/sources/${id}.txt`);
    const sharedPath = `../shared/sources/${original}`;
    const theirs = existsSync(sharedPath) ? readFileSync(sharedPath) : undefined;
    if (theirs) expect(ours.equals(theirs)).toBe(true);
    expect(createHash('sha256').update(ours).digest('hex')).toBe(SHA256[id]);
  });
});
