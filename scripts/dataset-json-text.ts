import { encodeDataset, type DatasetJson } from '../src/data/dataset-json';
import { loadDataset } from '../src/data/load-dataset';
import { flaggedClaims, runAudit } from '../src/domain/audit/run-audit';
import { readDatasetFiles } from './read-dataset-files';

/** The dataset in `dataDir`, checked by the validator, as the JSON text the page loads. */
export function datasetJsonText(dataDir: string): string {
  return JSON.stringify(datasetJson(dataDir));
}

/**
 * The dataset in `dataDir` as the page loads it, with the audit's marks computed here: the data cannot
 * change after the build, and the first charts (and their prerendered pictures) then show the marks at once.
 */
export function datasetJson(dataDir: string): DatasetJson {
  const dataset = loadDataset(readDatasetFiles(dataDir));
  const flagged = flaggedClaims(runAudit(dataset.claims, { texts: dataset.sourceTexts }));
  return { ...encodeDataset(dataset), auditFlagged: [...flagged].sort() };
}
