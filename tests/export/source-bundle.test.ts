import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedClaim, toDraft } from '../../src/extract/accept-proposal';
import { sourceBundleFiles } from '../../src/export/source-bundle';
import { proposalFor, userArticle } from '../fixtures/user-article';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The data rows of a bundled CSV (without its header line). */
const rowsOf = (csv: string) => csv.slice(csv.indexOf('\n') + 1);

describe('sourceBundleFiles()', () => {
  const u = userArticle();
  const claims = [
    acceptedClaim(toDraft(proposalFor('USD 4.8 billion', { value: 4.8e9, year: 2024 }), 'en'), u, 1),
    acceptedClaim(toDraft(proposalFor('USD 21 billion', { value: 2.1e10, year: 2030, kind: 'forecast' }), 'en'), u, 2),
  ];
  const files = sourceBundleFiles({ ...u, claims });
  const file = (name: string) => String(files.find((f) => f.name === name)!.data);

  it('holds the text, a sources.csv row and the claims.csv rows under the dataset’s headers', () => {
    expect(files.map((f) => f.name)).toEqual([`sources/${u.id}.txt`, 'sources.csv', 'claims.csv', 'README.txt']);
    expect(file(`sources/${u.id}.txt`)).toBe(u.text);
    expect(file('claims.csv').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('is accepted by npm run validate once copied into a copy of data/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    dirs.push(dir);
    cpSync('data', join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'sources', `${u.id}.txt`), file(`sources/${u.id}.txt`));
    appendFileSync(join(dir, 'data', 'sources.csv'), rowsOf(file('sources.csv')));
    appendFileSync(join(dir, 'data', 'claims.csv'), rowsOf(file('claims.csv')));
    const out = execFileSync('npx', ['tsx', 'scripts/validate.ts', '--dir', join(dir, 'data')], { encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toMatch(/^OK: 97 claims from 6 sources/);
  }, 60_000); // runs the real CLI in a child process
});
