import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../../src/data/claim';
import { importClaims } from '../../src/data/import-claims';
import { parseClaimsCsv } from '../../src/data/parse-claims';
import {
  claimRows,
  claimsToCsv,
  claimsToJson,
  csvCell,
  EXPORT_COLUMNS,
  numberText,
  SOURCE_EXPORT_COLUMNS,
} from '../../src/export/data-export';
import { dataset, sources } from './dataset';

const { claims } = dataset;
const csv = claimsToCsv(claims, sources);

describe('claimsToCsv()', () => {
  it('starts with a UTF-8 byte-order mark for Excel and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(Papa.parse(csv.slice(1)).meta.linebreak).toBe('\r\n');
  });

  it('has every claims.csv column and every provenance column of the source', () => {
    const header = Papa.parse<string[]>(csv.slice(1)).data[0]!;
    expect(header).toEqual([...EXPORT_COLUMNS]);
    for (const c of CLAIM_COLUMNS) expect(header).toContain(c.name);
    for (const c of ['quote', 'as_of', 'attributed_to', 'note', ...SOURCE_EXPORT_COLUMNS]) expect(header).toContain(c);
  });

  it('round-trips through papaparse with the same rows and values', () => {
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(claims.length);
    const rows = claimRows(claims, sources);
    parsed.data.forEach((got, i) => {
      for (const col of EXPORT_COLUMNS) {
        const want = rows[i]![col];
        expect(got[col], `${rows[i]!.id} ${col}`).toBe(csvCell(want ?? null));
      }
    });
    expect(parsed.data[0]!.source_title).toBe(sources.get(claims[0]!.sourceId)!.title);
  });

  it('reads back as the same claims with the dataset’s own parser', () => {
    const back = parseClaimsCsv(csv.slice(1), 'export.csv');
    // Where a row starts is not part of the claim; the English name comes from data/names.csv, not the row.
    const strip = (c: (typeof claims)[number]) => ({ ...c, line: 0, attributedToEn: undefined });
    expect(back.claims.map(strip)).toEqual(claims.map(strip));
    expect(back.problems.every((p) => p.reason === 'unknown column (ignored)')).toBe(true);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const tricky = { ...claims[0]!, note: 'a "quoted", two-line\nnote' };
    const out = claimsToCsv([tricky], sources);
    expect(out).toContain('"a ""quoted"", two-line\nnote"');
    expect(Papa.parse<Record<string, string>>(out.slice(1), { header: true }).data[0]!.note).toBe(tricky.note);
  });

  it('ends every row with the dataset version it was downloaded from', () => {
    const out = claimsToCsv(claims.slice(0, 2), sources, '3f9a1c2e4b');
    const rows = Papa.parse<Record<string, string>>(out.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(EXPORT_COLUMNS.at(-1)).toBe('dataset_version');
    expect(rows.map((r) => r.dataset_version)).toEqual(['3f9a1c2e4b', '3f9a1c2e4b']);
  });

  it('escapes text cells a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    const evil = {
      ...claims[0]!,
      id: 'mine-evil',
      labelEn: '=HYPERLINK("https://evil.example","click")',
      labelZh: '+1 号',
      subject: '@SUM(A1:A2)',
      note: '-2+3',
      value: -5,
    };
    const row = Papa.parse<Record<string, string>>(claimsToCsv([evil], sources).slice(1), { header: true }).data[0]!;
    expect(row.label_en).toBe(`'${evil.labelEn}`);
    expect(row.label_zh).toBe("'+1 号");
    expect(row.subject).toBe("'@SUM(A1:A2)");
    expect(row.note).toBe("'-2+3");
    expect(row.value).toBe('-5');
  });

  it('imports back with the original text (the added quotes removed)', () => {
    const evil = { ...claims[0]!, id: 'mine-evil', labelEn: '=HYPERLINK("x")', labelZh: '+1', note: "'=kept as written" };
    const ctx = { sources, texts: dataset.sourceTexts };
    const back = importClaims(claimsToCsv([evil], sources, 'v').slice(1), 'back.csv', ctx, new Set());
    expect(back.claims).toHaveLength(1);
    expect(back.claims[0]).toMatchObject({ labelEn: evil.labelEn, labelZh: evil.labelZh, note: evil.note });
  });

  it('writes only the header for no claims', () => {
    expect(claimsToCsv([], sources)).toBe(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
  });
});

describe('claimsToJson()', () => {
  it('round-trips: the parsed claims equal the exported rows, numbers as numbers', () => {
    const doc = JSON.parse(claimsToJson(claims, sources, new Date(2026, 10, 26)));
    expect(doc).toMatchObject({ dataset: 'AI compute claims', version: null, exported: '2026-11-26', count: claims.length });
    expect(doc.columns).toEqual(EXPORT_COLUMNS);
    expect(doc.claims).toEqual(claimRows(claims, sources));
    const liquid = doc.claims.find((r: { id: string }) => r.id === 'he-liquid-cooling-market-2023');
    expect(liquid).toMatchObject({ value: 1550000000, unit: 'USD', source_outlet: '通信世界全媒体 (CWW)' });
  });
});

describe('claimsToJson() with a version', () => {
  it('names the dataset version once and on every claim', () => {
    const doc = JSON.parse(claimsToJson(claims.slice(0, 1), sources, new Date(2026, 10, 26), '3f9a1c2e4b'));
    expect(doc.version).toBe('3f9a1c2e4b');
    expect(doc.claims[0].dataset_version).toBe('3f9a1c2e4b');
  });
});

describe('numberText()', () => {
  it('never writes exponent notation', () => {
    expect(numberText(1550000000)).toBe('1550000000');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(33.33)).toBe('33.33');
    expect(numberText(1e-7)).toBe('0.0000001');
  });
});
