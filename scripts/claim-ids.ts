/**
 * npm run claim-ids [-- --check]
 * Adds every claim id of data/claims.csv to data/claim-ids.txt, the list of every id the dataset has
 * published (ids are only ever added: a renamed or withdrawn one stays, covered by data/claim-renames.csv).
 * With --check it writes nothing and exits 1 when the list lacks an id, so CI catches a forgotten run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPublishedIds, readPublishedIds, unpublishedIds } from '../src/data/claim-history';
import { parseClaimsCsv } from '../src/data/parse-claims';
import { argValue } from './read-dataset-files';

const args = process.argv.slice(2);
const dir = argValue(args, '--dir') ?? 'data';
const listFile = join(dir, 'claim-ids.txt');
const claimsFile = join(dir, 'claims.csv');
const listed = existsSync(listFile) ? readFileSync(listFile, 'utf8') : '';
const current = parseClaimsCsv(readFileSync(claimsFile, 'utf8'), claimsFile).ids;
const missing = unpublishedIds(listed, current);

if (args.includes('--check')) {
  for (const id of missing) console.log(`${listFile} — claim "${id}" of ${claimsFile} is not listed`);
  console.log(missing.length ? `FAILED: ${missing.length} id(s) missing; run npm run claim-ids` : `OK: ${current.length} claim ids listed.`);
  process.exitCode = missing.length ? 1 : 0;
} else {
  writeFileSync(listFile, formatPublishedIds([...readPublishedIds(listed), ...current]));
  console.log(`${listFile}: ${missing.length} id(s) added.`);
}
