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
  const [state, setState] = useState<AuditState>(EMPTY);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void import('../domain/audit/run-audit').then(({ runAudit, findingsByClaim, flaggedClaims }) => {
      const findings = runAudit(dataset.claims, { texts: dataset.sourceTexts });
      if (live) setState({ findings, byClaim: findingsByClaim(findings), flagged: flaggedClaims(findings) });
    });
    return () => {
      live = false;
    };
  }, [dataset, enabled]);
  return state;
}
