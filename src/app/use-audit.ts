import { useEffect, useState } from 'react';
import type { Finding } from '../domain/audit/finding';
import type { Dataset } from '../data/load-dataset';

/** The audit's results, once computed. */
export interface AuditState {
  findings: Finding[];
  byClaim: Map<string, Finding[]>;
  flagged: Set<string>;
}

const EMPTY: AuditState = { findings: [], byClaim: new Map(), flagged: new Set() };

/**
 * Runs the audit after the first charts are up (once `enabled`): its code is loaded on demand and it reads the whole curated
 * dataset (a finding does not depend on what is on screen). Flags appear on points when it is done.
 */
export function useAudit(dataset: Dataset, enabled = true): AuditState {
  // The build's marks stand until the audit has run; the same marks then keep their set, so nothing redraws.
  const [state, setState] = useState<AuditState>(() =>
    dataset.auditFlagged ? { ...EMPTY, flagged: new Set(dataset.auditFlagged) } : EMPTY,
  );
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void import('../domain/audit/run-audit').then(({ runAudit, findingsByClaim, flaggedClaims }) => {
      const findings = runAudit(dataset.claims, { texts: dataset.sourceTexts });
      if (!live) return;
      const flagged = flaggedClaims(findings);
      setState((s) => ({
        findings,
        byClaim: findingsByClaim(findings),
        flagged: sameSet(s.flagged, flagged) ? s.flagged : flagged,
      }));
    });
    return () => {
      live = false;
    };
  }, [dataset, enabled]);
  return state;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
