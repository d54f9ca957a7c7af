import { readCsvTable } from './csv-table';
import type { Problem } from './problem';

/** The files that keep claim ids stable: every id ever published, and the renames since. */
export interface ClaimHistoryFiles {
  /** data/claim-ids.txt: one published id a line; `#` starts a comment. */
  publishedIds: string;
  /** data/claim-renames.csv: old_id,new_id,reason (new_id empty: the claim was withdrawn). */
  renamesCsv: string;
  idsFile?: string;
  renamesFile?: string;
}

/** One row of claim-renames.csv. */
export interface ClaimRename {
  oldId: string;
  /** Empty when the claim was withdrawn rather than renamed. */
  newId: string;
  reason: string;
  line: number;
}

/** What the history says: problems, and where each renamed id now leads (chains followed to a live claim). */
export interface ClaimHistoryCheck {
  problems: Problem[];
  redirects: Map<string, string>;
}

/** The ids of a claim-ids.txt text, in file order. */
export function readPublishedIds(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** The text of claim-ids.txt for a set of ids: a header saying what it is, then the ids sorted. */
export function formatPublishedIds(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  const header = [
    '# Every claim id the dataset has published, one a line: links and citations name them.',
    '# Written by `npm run claim-ids`; never delete a line. A claim renamed or withdrawn needs a row in',
    '# data/claim-renames.csv, or `npm run validate` refuses the dataset.',
  ];
  return `${[...header, ...sorted].join('\n')}\n`;
}

const RENAME_COLUMNS = ['old_id', 'new_id', 'reason'] as const;

/** The rows of claim-renames.csv, and a problem for each unreadable one. An empty or header-only file is fine. */
export function readClaimRenames(text: string, file: string): { renames: ClaimRename[]; problems: Problem[] } {
  if (text.trim() === '') return { renames: [], problems: [] };
  const table = readCsvTable(text, file);
  const problems = table.problems.filter((p) => !p.reason.startsWith('header only'));
  for (const column of RENAME_COLUMNS) {
    if (!table.header.includes(column)) problems.push({ file, line: 1, column, reason: 'missing column in the header' });
  }
  if (problems.some((p) => p.line <= 1)) return { renames: [], problems };
  const renames = table.records.map((r) => ({
    oldId: r.fields.old_id!.trim(),
    newId: r.fields.new_id!.trim(),
    reason: r.fields.reason!.trim(),
    line: r.line,
  }));
  return { renames, problems };
}

/**
 * Checks that no published claim id disappeared without a rename entry, and that every rename leads to a
 * claim that exists. `currentIds` are the ids of claims.csv's rows as written (a row with another problem
 * still holds its id). A rename may lead to an id renamed again later: the chain is followed.
 */
export function checkClaimHistory(
  currentIds: readonly string[],
  history: ClaimHistoryFiles,
  claimsFile = 'data/claims.csv',
): ClaimHistoryCheck {
  const renamesFile = history.renamesFile ?? 'data/claim-renames.csv';
  const current = new Set(currentIds);
  const { renames, problems } = readClaimRenames(history.renamesCsv, renamesFile);
  const byOld = new Map<string, ClaimRename>();
  for (const r of renames) {
    const at = (column: string, reason: string) => problems.push({ file: renamesFile, line: r.line, column, reason });
    if (r.oldId === '') at('old_id', 'required field is empty');
    else if (byOld.has(r.oldId)) at('old_id', `"${r.oldId}" is renamed twice (also on line ${byOld.get(r.oldId)!.line})`);
    else if (current.has(r.oldId)) at('old_id', `"${r.oldId}" is renamed but is still a claim in ${claimsFile}`);
    else byOld.set(r.oldId, r);
    if (r.reason === '') at('reason', 'required field is empty: say why the id changed');
  }
  const redirects = new Map<string, string>();
  for (const r of byOld.values()) {
    if (r.newId === '') continue; // withdrawn: an old link says the claim no longer exists
    const seen = new Set([r.oldId]);
    let to = r.newId;
    while (!current.has(to) && byOld.get(to)?.newId && !seen.has(to)) {
      seen.add(to);
      to = byOld.get(to)!.newId;
    }
    if (current.has(to)) redirects.set(r.oldId, to);
    else
      problems.push({
        file: renamesFile,
        line: r.line,
        column: 'new_id',
        reason: `renames "${r.oldId}" to "${r.newId}", which is not a claim in ${claimsFile}`,
      });
  }
  for (const id of readPublishedIds(history.publishedIds)) {
    if (current.has(id) || byOld.has(id)) continue;
    problems.push({
      file: claimsFile,
      line: 0,
      reason: `claim "${id}" was removed or renamed without an entry in ${renamesFile}`,
    });
  }
  return { problems, redirects };
}

/** Ids of claims.csv the published list does not hold yet, in claims.csv order. */
export function unpublishedIds(publishedIds: string, currentIds: readonly string[]): string[] {
  const published = new Set(readPublishedIds(publishedIds));
  return [...new Set(currentIds)].filter((id) => !published.has(id));
}
