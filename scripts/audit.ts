/**
 * npm run audit [-- --json] [--lang zh]
 * Audits the sources' own arithmetic (src/domain/audit) and prints the findings grouped by source, or as
 * JSON with the quotes included. Always exits 0: the findings are about the sources, not about the dataset.
 */
import { loadDataset } from '../src/data/load-dataset';
import { findingsWithQuotes, formatAuditReport } from '../src/domain/audit/audit-report';
import { runAudit } from '../src/domain/audit/run-audit';
import { argValue, readDatasetFiles } from './read-dataset-files';

const args = process.argv.slice(2);
const lang = argValue(args, '--lang') === 'zh' ? 'zh' : 'en';
const dataset = loadDataset(readDatasetFiles(argValue(args, '--dir') ?? 'data'));
const findings = runAudit(dataset.claims, { texts: dataset.sourceTexts });
if (args.includes('--json')) console.log(JSON.stringify(findingsWithQuotes(findings, dataset.claims), null, 2));
else for (const line of formatAuditReport(findings, dataset.claims, dataset.sources, lang)) console.log(line);
process.exitCode = 0;
