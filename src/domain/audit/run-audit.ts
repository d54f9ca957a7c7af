import type { Claim } from '../../data/claim';
import type { AuditContext } from './audit-context';
import { crossSourceFindings } from './cross-source';
import type { AuditRule, Finding, Severity } from './finding';
import { impliedValueFindings } from './implied-value';
import { knownFactFindings } from './known-fact';
import { partsAndWholesFindings } from './parts-and-wholes';
import { statedArithmeticFindings } from './stated-arithmetic';

export type { AuditContext } from './audit-context';

/** Every audit rule, in the order its findings are listed within one source and severity. */
export const AUDIT_RULES: ReadonlyArray<[AuditRule, (claims: readonly Claim[], ctx: AuditContext) => Finding[]]> = [
  ['stated-arithmetic', statedArithmeticFindings],
  ['implied-value', impliedValueFindings],
  ['parts-and-wholes', partsAndWholesFindings],
  ['cross-source', crossSourceFindings],
  ['known-fact', knownFactFindings],
];

/** Severities from the one a reader must see first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Sorts findings by source (in the order the claims list the sources, so the report follows the dataset),
 * then severity, keeping each rule's own order within that; removes repeated ids (the first one stays).
 */
export function sortFindings(findings: readonly Finding[], claims: readonly Claim[]): Finding[] {
  const sourceRank = new Map<string, number>();
  for (const c of claims) if (!sourceRank.has(c.sourceId)) sourceRank.set(c.sourceId, sourceRank.size);
  const rank = (f: Finding) => sourceRank.get(f.sourceIds[0] ?? '') ?? sourceRank.size;
  const seen = new Set<string>();
  const unique = findings.filter((f) => !seen.has(f.id) && seen.add(f.id));
  return unique.sort(
    (a, b) => rank(a) - rank(b) || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

/** Runs every rule over the claims: findings deduplicated by id, sorted by source, then severity. */
export function runAudit(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  return sortFindings(
    AUDIT_RULES.flatMap(([, rule]) => rule(claims, ctx)),
    claims,
  );
}

/** Claim id → the findings that involve it, in the order given. */
export function findingsByClaim(findings: readonly Finding[]): Map<string, Finding[]> {
  const byClaim = new Map<string, Finding[]>();
  for (const f of findings) for (const id of f.claimIds) byClaim.set(id, [...(byClaim.get(id) ?? []), f]);
  return byClaim;
}

/** Claims an error or warning finding calls into question (its marked claims): not to be taken at face value. */
export function flaggedClaims(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity !== 'info').flatMap((f) => f.markedIds ?? f.claimIds));
}
