import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionaryMarkdown, withDataDictionary } from '../../src/data/data-dictionary';
import { CLAIM_COLUMNS } from '../../src/data/claim';

describe('the README data dictionary', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('is the one generated from the vocabularies in code (run `npm run dictionary` after changing them)', () => {
    expect(withDataDictionary(readme)).toBe(readme);
    expect(readme).toContain(dataDictionaryMarkdown());
  });

  it('documents every column of claims.csv, in file order', () => {
    const header = readFileSync('data/claims.csv', 'utf8').split('\n')[0]!.split(',');
    expect(header).toEqual(CLAIM_COLUMNS.map((c) => c.name));
    for (const c of CLAIM_COLUMNS) expect(readme).toContain(`| \`${c.name}\` |`);
  });
});
