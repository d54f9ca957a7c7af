import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import {
  checkClaimHistory,
  formatPublishedIds,
  readPublishedIds,
  unpublishedIds,
} from '../../src/data/claim-history';
import { loadDataset } from '../../src/data/load-dataset';
import { parseClaimsCsv } from '../../src/data/parse-claims';
import { formatProblem } from '../../src/data/problem';

const published = formatPublishedIds(['a', 'b', 'c']);
const renames = (...rows: string[]) => ['old_id,new_id,reason', ...rows].join('\n');
const check = (current: string[], renamesCsv = renames(), list = published) =>
  checkClaimHistory(current, { publishedIds: list, renamesCsv });
const messages = (r: ReturnType<typeof check>) => r.problems.map(formatProblem);

describe('checkClaimHistory()', () => {
  it('accepts a dataset that keeps every published id and adds new ones', () => {
    expect(check(['a', 'b', 'c', 'd']).problems).toEqual([]);
  });

  it('refuses a published id that disappeared without a rename entry', () => {
    expect(messages(check(['a', 'c']))).toEqual([
      'data/claims.csv — claim "b" was removed or renamed without an entry in data/claim-renames.csv',
    ]);
  });

  it('accepts a rename to an existing claim and redirects the old id to it', () => {
    const r = check(['a', 'b2', 'c'], renames('b,b2,typo in the id'));
    expect(r.problems).toEqual([]);
    expect([...r.redirects]).toEqual([['b', 'b2']]);
  });

  it('refuses a rename to an id that is not a claim', () => {
    expect(messages(check(['a', 'c'], renames('b,b2,typo in the id')))).toEqual([
      'data/claim-renames.csv:2 new_id — renames "b" to "b2", which is not a claim in data/claims.csv',
    ]);
  });

  it('follows a chain of renames to the claim that exists now', () => {
    const r = check(['a', 'b3', 'c'], renames('b,b2,first rename', 'b2,b3,second rename'));
    expect(r.problems).toEqual([]);
    expect(r.redirects.get('b')).toBe('b3');
    expect(r.redirects.get('b2')).toBe('b3');
  });

  it('reports a cycle of renames instead of looping', () => {
    expect(messages(check(['a', 'c'], renames('b,x,one', 'x,b,two')))).toHaveLength(2);
  });

  it('accepts a withdrawn claim (empty new_id) with a reason, without redirecting it', () => {
    const r = check(['a', 'c'], renames('b,,the source retracted it'));
    expect(r.problems).toEqual([]);
    expect(r.redirects.size).toBe(0);
  });

  it('needs a reason, refuses an id renamed twice and one still in claims.csv', () => {
    expect(messages(check(['a', 'b', 'c', 'x'], renames('b,x,', 'd,x,r', 'd,c,r')))).toEqual([
      'data/claim-renames.csv:2 old_id — "b" is renamed but is still a claim in data/claims.csv',
      'data/claim-renames.csv:2 reason — required field is empty: say why the id changed',
      'data/claim-renames.csv:4 old_id — "d" is renamed twice (also on line 3)',
    ]);
  });

  it('reports a renames file without its columns', () => {
    expect(messages(check(['a', 'b', 'c'], 'from,to\nb,x'))).toContain('data/claim-renames.csv:1 old_id — missing column in the header');
  });
});

describe('the published id list (data/claim-ids.txt)', () => {
  it('is read without its comments and written sorted, with a header', () => {
    expect(readPublishedIds(published)).toEqual(['a', 'b', 'c']);
    expect(formatPublishedIds(['b', 'a', 'b'])).toMatch(/^# [^\n]+\n(#[^\n]*\n)*a\nb\n$/);
    expect(unpublishedIds(published, ['a', 'd', 'c', 'e'])).toEqual(['d', 'e']);
  });

  it('lists every claim of data/claims.csv (run `npm run claim-ids` after adding one)', () => {
    const ids = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8')).ids;
    expect(unpublishedIds(readFileSync('data/claim-ids.txt', 'utf8'), ids)).toEqual([]);
  });

  it('is checked by the validator: removing a curated claim without a rename fails it', () => {
    const files = readDatasetFiles('data');
    expect(files.history).toBeDefined();
    const lines = files.claimsCsv.split('\n');
    const removed = lines.findIndex((l, i) => i > 0 && l.startsWith('gba-'));
    const id = lines[removed]!.split(',')[0]!;
    const d = loadDataset({ ...files, claimsCsv: lines.filter((_, i) => i !== removed).join('\n') });
    expect(d.problems.map(formatProblem)).toEqual([
      `data/claims.csv — claim "${id}" was removed or renamed without an entry in data/claim-renames.csv`,
    ]);
    expect(loadDataset(files).problems).toEqual([]);
  });
});
