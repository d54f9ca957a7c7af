import { describe, expect, it } from 'vitest';
import { articleSpan } from '../../src/data/article-text';
import { figureProblems } from '../../src/data/check-figure';
import { loadDataset } from '../../src/data/load-dataset';
import { parseReadings } from '../../src/data/source';
import { UNITS } from '../../src/data/vocabulary';
import { proposeClaims } from '../../src/extract/propose-claims';
import { readDatasetFiles } from '../../scripts/read-dataset-files';

const dataset = loadDataset(readDatasetFiles('data'));
const articles = dataset.sources.flatMap((source) => {
  const text = dataset.sourceTexts.get(source.id);
  const span = text === undefined ? undefined : articleSpan(text, source);
  if (text === undefined || !span) return [];
  const body = text.slice(span.start, span.end);
  return [{ id: source.id, body, result: proposeClaims(body, { asOf: source.published, readings: parseReadings(source.readings) }) }];
});

describe('proposeClaims() over the curated articles', () => {
  it('reads every article and proposes something in each', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) expect(a.result.proposals.length, a.id).toBeGreaterThan(0);
  });

  it('quotes every sentence verbatim and places every figure inside its quote', () => {
    for (const { body, result } of articles) {
      for (const p of result.proposals) {
        expect(body.slice(p.quoteStart, p.quoteStart + p.quote.length)).toBe(p.quote);
        expect(p.quote.slice(p.figureStart, p.figureStart + p.figure.length)).toBe(p.figure);
        expect(result.sentences[p.sentence]?.text).toBe(p.quote);
      }
    }
  });

  it('proposes only values the validator reads back from the figure, in units of the vocabulary', () => {
    for (const { result } of articles) {
      for (const p of result.proposals) {
        expect(figureProblems(p), `${p.figure} in ${p.quote}`).toEqual([]);
        expect(Object.keys(UNITS)).toContain(p.unit);
      }
    }
  });
});
