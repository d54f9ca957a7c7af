import { encodeDataset } from '../src/data/dataset-json';
import { loadDataset } from '../src/data/load-dataset';
import { readDatasetFiles } from './read-dataset-files';

/** The dataset in `dataDir`, checked by the validator, as the JSON text the page loads. */
export function datasetJsonText(dataDir: string): string {
  return JSON.stringify(encodeDataset(loadDataset(readDatasetFiles(dataDir))));
}
