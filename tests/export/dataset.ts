import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';

/** The real dataset, loaded once for the export tests. */
export const dataset = loadDataset(readDatasetFiles('data'));
/** Sources by id, in sources.csv order, as the page passes them. */
export const sources = new Map(dataset.sources.map((s) => [s.id, s]));
