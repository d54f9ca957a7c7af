import { describe, expect, it } from 'vitest';
import { escapeNumericCell, escapeSpreadsheetCell, unescapeSpreadsheetCell } from '../../src/data/spreadsheet-safe';

const FORMULAS = ['=HYPERLINK("https://evil.example","click")', '+1 800 555', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

describe('escapeSpreadsheetCell()', () => {
  it('puts one quote before a cell a spreadsheet would run as a formula (OWASP)', () => {
    for (const f of FORMULAS) expect(escapeSpreadsheetCell(f)).toBe(`'${f}`);
  });

  it('leaves other text alone', () => {
    for (const s of ['2023年市场规模15.5亿美元', 'a=b', ' =1', '', "it's", "'quoted'"]) expect(escapeSpreadsheetCell(s)).toBe(s);
  });

  it('reads back as the text written, whatever it was (also text that starts with quotes)', () => {
    for (const s of [...FORMULAS, "'=1", "''+2", "'plain", 'plain', '']) {
      expect(unescapeSpreadsheetCell(escapeSpreadsheetCell(s)), JSON.stringify(s)).toBe(s);
    }
  });
});

describe('escapeNumericCell()', () => {
  it('writes numbers as numbers: a negative number is not a formula', () => {
    for (const n of ['-5', '1550000000', '-0.25', '1e21', '+3']) expect(escapeNumericCell(n)).toBe(n);
  });

  it('escapes anything else in a numeric column', () => {
    expect(escapeNumericCell('=1+1')).toBe("'=1+1");
    expect(escapeNumericCell('-1+2')).toBe("'-1+2");
  });
});
