import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { decodeCsvBytes } from '../../src/data/decode-file';
import { claimsTemplateCsv, importClaims, rejectedRowsCsv } from '../../src/data/import-claims';
import { loadDataset } from '../../src/data/load-dataset';
import { formatProblem } from '../../src/data/problem';
import { toCsv, userRow, xssCsv, XSS_PAYLOADS } from '../fixtures/import-fixtures';

const d = loadDataset(readDatasetFiles('data'));
const ctx = { sources: new Map(d.sources.map((s) => [s.id, s])), texts: d.sourceTexts };
const taken = new Set(d.claims.map((c) => c.id));
const run = (text: string, file = 'mine.csv') => importClaims(text, file, ctx, taken);
/** Decodes a fixture's bytes as the page does, then imports it. */
const runFile = (name: string) => {
  const decoded = decodeCsvBytes(new Uint8Array(readFileSync(`tests/fixtures/malformed/${name}`)));
  return decoded.ok ? { decoded, result: run(decoded.text, name) } : { decoded, result: undefined };
};

describe('importClaims()', () => {
  it('imports a valid row of the user’s own data, marked as theirs and without a source', () => {
    const r = run(toCsv([userRow()]));
    expect(r.problems).toEqual([]);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.userData).toEqual({ file: 'mine.csv', hasSource: false });
  });

  it('applies the verbatim-quote rule when the row names a dataset source', () => {
    const r = run(toCsv([userRow({ id: 'mine-1', source_id: 'caict-he-2024', as_of: '2024-12-18', year: '2024' })]));
    expect(r.problems.map(formatProblem)).toEqual(['mine.csv:2 quote — quote is not found verbatim in the source text']);
    const ok = run(toCsv([userRow({ id: 'mine-2', source_id: 'caict-he-2024', as_of: '2024-12-18', year: '2023', quote: '同比增长52.6%', figure: '52.6%', value: '52.6', unit: 'percent', metric: 'growth_rate', topic: 'liquid_cooling' })]));
    expect(ok.claims[0]!.userData).toEqual({ file: 'mine.csv', hasSource: true });
  });

  it('still checks that the value is a number the quote states', () => {
    const r = run(toCsv([userRow({ value: '3.5' })]));
    expect(r.problems.map(formatProblem)).toEqual(['mine.csv:2 value — 3.5 is not a number the figure "2.5EFlops" states (it reads: 2.5)']);
    expect(r.rejected).toEqual([{ line: 2, fields: expect.objectContaining({ id: 'my-cluster-2025' }), reasons: ['value: 3.5 is not a number the figure "2.5EFlops" states (it reads: 2.5)'] }]);
  });

  it('refuses ids the dataset already uses', () => {
    expect(run(toCsv([userRow({ id: 'he-liquid-cooling-market-2023' })])).problems[0]!.reason).toBe('id "he-liquid-cooling-market-2023" is already used by the dataset');
  });

  it('offers a template that imports cleanly', () => {
    const r = run(claimsTemplateCsv(), 'template.csv');
    expect(r.problems).toEqual([]);
    expect(r.claims).toHaveLength(1);
  });
});

describe('the malformed-input corpus', () => {
  it('a ragged row: reported with its line; the valid rows still load', () => {
    const { result } = runFile('ragged.csv');
    expect(result!.problems.map(formatProblem)).toEqual(['ragged.csv:3 — ragged row: expected 24 fields, found 3; row skipped']);
    expect(result!.claims.map((c) => c.id)).toEqual(['my-cluster-2025', 'my-cluster-2024']);
  });

  it('an unclosed quote: reported at the line it opens; the rows before it load', () => {
    const { result } = runFile('unclosed-quote.csv');
    expect(result!.problems.map(formatProblem)).toEqual(['unclosed-quote.csv:3 — unclosed quote: a field opens with " and never closes; row skipped']);
    expect(result!.claims).toHaveLength(1);
  });

  it('an empty file and a header-only file say so', () => {
    expect(runFile('empty.csv').decoded).toEqual({ ok: false, reason: 'the file is empty' });
    expect(runFile('header-only.csv').result!.problems.map(formatProblem)).toEqual(['header-only.csv:1 — header only: no data rows']);
  });

  it('binary garbage (an .xlsx saved by mistake) is refused with the fix', () => {
    expect(runFile('binary.bin').decoded).toEqual({ ok: false, reason: 'this is a binary (zip/xlsx) file, not CSV: save it as "CSV UTF-8" first' });
  });

  it('a GBK-encoded file is read as GBK, with a note, and its rows load', () => {
    const { decoded, result } = runFile('gbk.csv');
    expect(decoded.ok && decoded.encoding).toBe('gb18030');
    expect(decoded.ok && decoded.note).toMatch(/not UTF-8/);
    expect(result!.problems).toEqual([]);
    expect(result!.claims.map((c) => c.labelZh)).toEqual(['我们的集群（2025年）', '我们的集群（2024年）']);
  });

  it('numbers with thousands separators get the fix in the message', () => {
    const { result } = runFile('thousands.csv');
    expect(result!.problems.map(formatProblem)).toEqual(['thousands.csv:3 value — "12,000" has thousands separators; write 12000']);
    expect(result!.claims).toHaveLength(1);
  });

  it('dates in another format are named with the expected one', () => {
    const { result } = runFile('other-date.csv');
    expect(result!.problems.map(formatProblem)).toEqual(['other-date.csv:3 as_of — "18/12/2024" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY']);
    expect(result!.claims).toHaveLength(1);
  });

  it('a 50 MB file is parsed completely, every valid row loaded', () => {
    const row = toCsv([userRow()]).split('\n')[1]!;
    const header = toCsv([userRow()]).split('\n')[0]!;
    const lines: string[] = [header];
    let size = header.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const l = row.replace('my-cluster-2025', `my-cluster-${i}`);
      lines.push(l);
      size += Buffer.byteLength(l) + 1;
    }
    const r = run(lines.join('\n'), 'big.csv');
    expect(r.problems).toEqual([]);
    expect(r.claims).toHaveLength(lines.length - 1);
    expect(lines.length).toBeGreaterThan(150_000);
  }, 300_000);
});

describe('the XSS corpus in an imported file', () => {
  it('has at least 20 payloads, each kept as literal text in every field', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    const r = run(xssCsv(), 'xss.csv');
    expect(r.problems).toEqual([]);
    expect(r.claims).toHaveLength(XSS_PAYLOADS.length);
    r.claims.forEach((c, i) => {
      expect(c.labelEn).toBe(XSS_PAYLOADS[i]);
      expect(c.quote.startsWith(XSS_PAYLOADS[i]!)).toBe(true);
      expect(c.note).toBe(XSS_PAYLOADS[i]);
    });
  });

  it('round-trips through papaparse unchanged', () => {
    const parsed = Papa.parse<string[]>(xssCsv(), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(XSS_PAYLOADS.length + 1);
  });
});

describe('rejectedRowsCsv()', () => {
  const evil = userRow({
    id: 'evil-1',
    label_en: '=HYPERLINK("https://evil.example","click")',
    label_zh: '+1 号',
    value: '-5',
    value_low: '=1+1',
  });
  const result = run(toCsv([evil]));
  const csv = rejectedRowsCsv(result);
  const row = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data[0]!;

  it('lists each rejected row with its problems, UTF-8 with a byte-order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(row.id).toBe('evil-1');
    expect(row.problems).toContain('value_low');
  });

  it('escapes formula-like text cells; a number stays a number', () => {
    expect(row.label_en).toBe(`'${evil.label_en}`);
    expect(row.label_zh).toBe("'+1 号");
    expect(row.value_low).toBe("'=1+1");
    expect(row.value).toBe('-5');
  });

  it('imports back with the fields as they were', () => {
    const again = run(csv, 'rejected.csv');
    expect(again.rejected[0]!.fields).toMatchObject({ label_en: evil.label_en, label_zh: evil.label_zh, value: '-5', value_low: '=1+1' });
  });
});
