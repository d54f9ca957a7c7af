import { describe, expect, it } from 'vitest';
import { missingColumns, readCsvTable } from '../../src/data/csv-table';

describe('readCsvTable()', () => {
  it('reads rows with the line each starts on, even across quoted newlines', () => {
    const t = readCsvTable('a,b\n1,"x\ny"\n2,3\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, fields: { a: '1', b: 'x\ny' } },
      { line: 4, fields: { a: '2', b: '3' } },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('drops a BOM and accepts CRLF line ends without leaving \\r in values', () => {
    const t = readCsvTable('\uFEFFa,b\r\n1,2\r\n3,4\r\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records.map((r) => r.fields)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('reports a ragged row with its line and keeps the others', () => {
    const t = readCsvTable('a,b\n1,2\n3\n5,6\n', 'f.csv');
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
    expect(t.problems).toEqual([{ file: 'f.csv', line: 3, reason: 'ragged row: expected 2 fields, found 1; row skipped' }]);
  });

  it('reports an unclosed quote at the line it opens and still reads the rows after it', () => {
    const t = readCsvTable('a,b\n1,2\n3,"oops\n5,6\n7,8\n', 'f.csv');
    expect(t.problems).toEqual([{ file: 'f.csv', line: 3, reason: 'unclosed quote: a field opens with " and never closes; row skipped' }]);
    expect(t.records.map((r) => r.fields['a'])).toEqual(['1', '5', '7']);
  });

  it('says so when the file is empty, header-only or binary', () => {
    expect(readCsvTable('', 'f.csv').problems[0]!.reason).toBe('the file is empty');
    expect(readCsvTable('a,b\n', 'f.csv').problems[0]!.reason).toBe('header only: no data rows');
    expect(readCsvTable('PK\u0003\u0004\u0000\u0000', 'f.csv').problems[0]!.reason).toMatch(/binary/);
  });
});

describe('missingColumns()', () => {
  it('names each required column the header lacks', () => {
    const t = readCsvTable('a,c\n1,2\n', 'f.csv');
    expect(missingColumns(t, ['a', 'b', 'c', 'd'], 'f.csv')).toEqual([
      { file: 'f.csv', line: 1, column: 'b', reason: 'missing column in the header' },
      { file: 'f.csv', line: 1, column: 'd', reason: 'missing column in the header' },
    ]);
  });
});
