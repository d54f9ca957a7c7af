import { readDatasetFiles } from '../../../scripts/read-dataset-files';
import type { Claim } from '../../../src/data/claim';
import { loadDataset } from '../../../src/data/load-dataset';
import type { AuditContext } from '../../../src/domain/audit/audit-context';
import type { Finding } from '../../../src/domain/audit/finding';

/** A claim with neutral defaults, so each test states only the fields it is about. */
export function claim(fields: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    sourceId: 'src-a',
    quote: fields.figure ?? 'quote',
    figure: 'quote',
    metric: 'count',
    subject: 'Something',
    region: 'CN',
    qualifier: 'exactly',
    unit: 'count',
    asOf: '2024-07-01',
    kind: 'observed',
    attributedTo: 'someone',
    topic: 'market_size',
    labelEn: 'label',
    labelZh: '标签',
    quoteEn: '',
    flags: [],
    note: '',
    line: 2,
    ...fields,
  };
}

/** An audit context from source id → text. */
export const contextOf = (texts: Record<string, string> = {}): AuditContext => ({
  texts: new Map(Object.entries(texts)),
});

/** The real dataset in data/, loaded once per test file, and its audit context. */
export function realData(): { claims: Claim[]; ctx: AuditContext } {
  const d = loadDataset(readDatasetFiles('data'));
  return { claims: d.claims, ctx: { texts: d.sourceTexts } };
}

/** The findings that involve a claim. */
export const involving = (findings: readonly Finding[], id: string): Finding[] =>
  findings.filter((f) => f.claimIds.includes(id));
