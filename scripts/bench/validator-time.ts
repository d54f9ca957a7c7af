import { importClaims } from '../../src/data/import-claims';
import { loadDataset, type DatasetFiles } from '../../src/data/load-dataset';
import { budgetRow, type Row } from './report';
import { median, ms } from './stats';

/** Node timings of the validator on one claims CSV, with what it concluded. */
export interface ValidatorTime {
  rows: number;
  loadDataset: { samples: number[]; median: number; problems: number; claims: number };
  importClaims: { samples: number[]; median: number; problems: number; claims: number };
}

/** Milliseconds one synchronous call takes, and its result. */
function timed<T>(fn: () => T): [number, T] {
  const started = performance.now();
  const result = fn();
  return [performance.now() - started, result];
}

/**
 * Times `loadDataset` (the curated rules: every row must quote a known source, so synthetic rows are all
 * reported) and `importClaims` (the user-data rules the page applies) on the real sources plus `claimsCsv`.
 */
export function measureValidator(real: DatasetFiles, claimsCsv: string, runs: number): ValidatorTime {
  const files = { ...real, claimsCsv, claimsFile: 'synthetic.csv' };
  const dataset = loadDataset(real);
  const ctx = { sources: new Map(dataset.sources.map((s) => [s.id, s])), texts: dataset.sourceTexts };
  const taken = new Set(dataset.claims.map((c) => c.id));
  const load = [...Array(runs)].map(() => timed(() => loadDataset(files)));
  const imp = [...Array(runs)].map(() => timed(() => importClaims(claimsCsv, 'synthetic.csv', ctx, taken)));
  const lastLoad = load.at(-1)![1];
  const lastImport = imp.at(-1)![1];
  return {
    rows: lastImport.rowCount,
    loadDataset: {
      samples: load.map(([t]) => t),
      median: median(load.map(([t]) => t)),
      problems: lastLoad.problems.length,
      claims: lastLoad.claims.length,
    },
    importClaims: {
      samples: imp.map(([t]) => t),
      median: median(imp.map(([t]) => t)),
      problems: lastImport.problems.length,
      claims: lastImport.claims.length,
    },
  };
}

/** Table rows: both validator entry points against the budget, with what each concluded. */
export function validatorRows(r: ValidatorTime): Row[] {
  const n = r.loadDataset.samples.length;
  const load = r.loadDataset;
  const imp = r.importClaims;
  return [
    budgetRow(
      'validator-load-dataset-ms',
      `loadDataset, ${r.rows} synthetic rows (median of ${n})`,
      load.median,
      `${ms(load.median)} (${load.problems} problems: unknown sources)`,
      1000,
      '1 s',
    ),
    budgetRow(
      'validator-import-claims-ms',
      `importClaims, ${r.rows} synthetic rows (median of ${n})`,
      imp.median,
      `${ms(imp.median)} (${imp.claims} accepted)`,
      1000,
      '1 s',
    ),
  ];
}
