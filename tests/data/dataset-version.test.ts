import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { encodeDataset } from '../../src/data/dataset-json';
import { datasetVersion, versionedFiles } from '../../src/data/dataset-version';
import { loadDataset } from '../../src/data/load-dataset';

const files = readDatasetFiles('data');
const version = datasetVersion(files);

describe('datasetVersion()', () => {
  it('is ten lower-case hex digits, the same on every call', () => {
    expect(version).toMatch(/^[0-9a-f]{10}$/);
    expect(datasetVersion(readDatasetFiles('data'))).toBe(version);
  });

  it('covers claims, sources, every article, every translation and the names', () => {
    const paths = [...versionedFiles(files).keys()].sort();
    expect(paths).toContain('claims.csv');
    expect(paths).toContain('sources.csv');
    expect(paths).toContain('names.csv');
    expect(paths.filter((p) => p.startsWith('sources/'))).toHaveLength(Object.keys(files.sourceTexts).length);
    expect(paths.filter((p) => p.startsWith('translations/'))).toHaveLength(Object.keys(files.english!.translationCsvs).length);
  });

  it('changes when any one of those files changes by one character', () => {
    const [id, text] = Object.entries(files.sourceTexts)[0]!;
    const [tid, ttext] = Object.entries(files.english!.translationCsvs)[0]!;
    const changed = [
      { ...files, claimsCsv: `${files.claimsCsv} ` },
      { ...files, sourcesCsv: `${files.sourcesCsv} ` },
      { ...files, sourceTexts: { ...files.sourceTexts, [id]: `${text} ` } },
      { ...files, english: { ...files.english!, translationCsvs: { ...files.english!.translationCsvs, [tid]: `${ttext} ` } } },
      { ...files, english: { ...files.english!, namesCsv: `${files.english!.namesCsv} ` } },
    ].map(datasetVersion);
    expect(new Set([version, ...changed]).size).toBe(6);
  });

  it('does not depend on the order files were read in, nor on CRLF line ends', () => {
    const reversed = Object.fromEntries(Object.entries(files.sourceTexts).reverse());
    expect(datasetVersion({ ...files, sourceTexts: reversed })).toBe(version);
    expect(datasetVersion({ ...files, claimsCsv: files.claimsCsv.replace(/\n/g, '\r\n') })).toBe(version);
  });

  it('ignores the claim id history and the file names given for messages', () => {
    expect(datasetVersion({ ...files, history: undefined, claimsFile: 'elsewhere.csv' })).toBe(version);
  });

  it('is what the loaded dataset and the JSON the build ships carry', () => {
    const loaded = loadDataset(files);
    expect(loaded.version).toBe(version);
    expect(JSON.parse(JSON.stringify(encodeDataset(loaded))).version).toBe(version);
  });
});
