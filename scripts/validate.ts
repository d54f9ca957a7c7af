/**
 * npm run validate [-- --dir data] [--claims path/to/claims.csv]
 * Checks the claims dataset against its sources; prints `file:line column — reason` per problem and a
 * summary; exits 1 on any problem. All logic lives in src/data; this file only reads files and prints.
 */
import { loadDataset } from '../src/data/load-dataset';
import { validationReport } from '../src/data/validation-report';
import { argValue, readDatasetFiles } from './read-dataset-files';

const args = process.argv.slice(2);
const dir = argValue(args, '--dir') ?? 'data';
const files = readDatasetFiles(dir, argValue(args, '--claims'));
const report = validationReport(loadDataset(files));
for (const line of report.lines) console.log(line);
process.exitCode = report.ok ? 0 : 1;
