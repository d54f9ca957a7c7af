import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { decodeDataset, encodeDataset } from '../../src/data/dataset-json';
import { loadDataset } from '../../src/data/load-dataset';

describe('the dataset as JSON (what the build ships)', () => {
  it('comes back through JSON text equal to the dataset the validator loaded', () => {
    const loaded = loadDataset(readDatasetFiles('data'));
    const shipped = JSON.parse(JSON.stringify(encodeDataset(loaded)));
    expect(decodeDataset(shipped, loaded.sourceTexts)).toEqual(loaded);
  });

  it('keeps the problems of a dataset with bad rows, so the page still lists them', () => {
    const files = readDatasetFiles('data');
    const broken = loadDataset({ ...files, claimsCsv: `${files.claimsCsv.trimEnd()}\n"unclosed,quote\n` });
    expect(broken.problems.length).toBeGreaterThan(0);
    const back = decodeDataset(JSON.parse(JSON.stringify(encodeDataset(broken))), broken.sourceTexts);
    expect(back.problems).toEqual(broken.problems);
    expect(back.claims).toHaveLength(broken.claims.length);
  });
});
