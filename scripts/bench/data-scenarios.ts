import type { Browser } from 'playwright-core';
import { openCold } from './browser';
import { measureToggles, toggleRows, waitForCharts, type ToggleStats } from './filter-toggles';
import { importRows, importThroughInput, type ImportRun } from './import-load';
import { measurePngExport, pngRows, type PngExport } from './png-export';
import type { Row } from './report';
import { within } from './stats';

/** One page session: optionally import a synthetic CSV, then toggle a filter chip, optionally export. */
export interface ScenarioOptions {
  /** Key for results.json ids, e.g. `10k`. */
  key: string;
  /** Words for the table, e.g. `10,000 imported`. */
  label: string;
  csvPath?: string;
  toggles: number;
  /** Budget on the p95 of the toggles (the median is reported beside it). */
  toggleBudgetMs?: number;
  /** Time allowed for all toggles together (one more may start just before it ends). */
  toggleStageMs: number;
  /** performance.now() by which the session must be over: every wait is cut to fit. */
  deadline: number;
  importTimeoutMs: number;
  /** Time allowed for the charts to draw the imported claims. */
  chartsWaitMs: number;
  parseLongTaskBudgetMs?: number;
  /** Budget on the longest main-thread task once the worker has answered (the page taking in the claims). */
  afterLongTaskBudgetMs?: number;
  png?: boolean;
}

/** What a session measured, as rows and as raw results. */
export interface ScenarioResult {
  rows: Row[];
  import?: ImportRun;
  toggles?: ToggleStats;
  png?: PngExport;
  /** Console and page errors the app produced meanwhile. */
  errors: string[];
}

/** The chip toggled: the kind filter's "observed" (English labels: the page is opened with ?lang=en). */
const CHIP = 'observed';

/** Runs one session in a fresh context; the page is closed whatever happens. */
export async function runScenario(browser: Browser, url: string, o: ScenarioOptions): Promise<ScenarioResult> {
  const { context, page, errors } = await openCold(browser, url);
  const result: ScenarioResult = { rows: [], errors };
  const left = () => Math.max(10_000, o.deadline - performance.now());
  try {
    await waitForCharts(page, 60_000);
    if (o.csvPath) {
      const importMs = Math.min(o.importTimeoutMs, left());
      result.import = await importThroughInput(page, o.csvPath, importMs, Math.min(o.chartsWaitMs, left()));
      result.rows.push(...importRows(o.key, o.label, result.import, o.parseLongTaskBudgetMs, o.afterLongTaskBudgetMs));
      if (result.import.status !== 'done') {
        const figure = `filter toggle → charts finished, ${o.label}`;
        const value = `not measured: ${result.import.status}`;
        const verdict = o.toggleBudgetMs === undefined ? 'info' : 'fail';
        result.rows.push({ id: `toggle-${o.key}-p95-ms`, figure, value, budget: '—', verdict });
        return result;
      }
    }
    // Room is kept for one toggle running over the stage's end.
    const stageMs = Math.max(10_000, Math.min(o.toggleStageMs, left() - 45_000));
    result.toggles = await measureToggles(page, CHIP, o.toggles, stageMs);
    result.rows.push(...toggleRows(o.key, o.label, result.toggles, o.toggleBudgetMs));
    if (o.png) {
      result.png = await measurePngExport(page, 'compute-growth', 5);
      result.rows.push(...pngRows(result.png));
    }
    return result;
  } finally {
    // A page still blocked by its main thread is closed by the browser process all the same.
    await within(context.close(), 30_000, 'closing the page').catch(() => undefined);
  }
}
