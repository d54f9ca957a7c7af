import type { Browser } from 'playwright-core';
import { openCold } from './browser';
import { budgetRow, infoRow, type Row } from './report';
import { median, ms } from './stats';

/** One cold load of the app: when its first chart finished and first drew, and the browser's FCP. */
export interface AppLoad {
  finished: number;
  rendered: number;
  fcp: number;
  /** JavaScript files (paths under the served folder) whose download ended before the first chart finished. */
  scripts: string[];
}

/** Cold loads of the app and of the blank React page, with their medians and the ratio app / blank. */
export interface FirstChartResult {
  app: AppLoad[];
  /** Union over the runs of the scripts fetched before the first chart. */
  scripts: string[];
  blank: number[];
  medianFinished: number;
  medianRendered: number;
  medianBlank: number;
  ratio: number;
}

const TIMEOUT = 30_000;

/** Loads the app cold and returns when its first chart finished (ms since navigation start). */
async function loadApp(browser: Browser, url: string): Promise<AppLoad> {
  const { context, page, errors } = await openCold(browser, url);
  try {
    await page.waitForFunction(() => window.__bench?.firstFinished !== undefined, null, { timeout: TIMEOUT });
    if (errors.length) throw new Error(`the app logged errors: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const finished = window.__bench!.firstFinished!;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= finished)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
        .filter((p) => p.endsWith('.js'));
      return {
        finished,
        rendered: window.__bench!.firstRendered ?? NaN,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        scripts,
      };
    });
  } finally {
    await context.close();
  }
}

/** Loads the blank page cold and returns the frame after React's first commit (ms since navigation start). */
async function loadBlank(browser: Browser, url: string): Promise<number> {
  const { context, page } = await openCold(browser, url);
  try {
    await page.waitForFunction(() => (window.__bench?.rootPainted ?? -1) > 0, null, { timeout: TIMEOUT });
    return await page.evaluate(() => window.__bench!.rootPainted!);
  } finally {
    await context.close();
  }
}

/**
 * Time to first chart: navigation start → the first ECharts 'finished' event of any chart, hooked when the
 * app registers the instance (see page-probe.ts). The floor is the blank page measured the same way, to
 * the frame after its one element is committed. Runs alternate so drift hits both alike.
 */
export async function measureFirstChart(
  browser: Browser,
  appUrl: string,
  blankUrl: string,
  runs: number,
): Promise<FirstChartResult> {
  const app: AppLoad[] = [];
  const blank: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await loadApp(browser, appUrl));
    blank.push(await loadBlank(browser, blankUrl));
  }
  const medianFinished = median(app.map((a) => a.finished));
  const medianBlank = median(blank);
  return {
    app,
    scripts: [...new Set(app.flatMap((a) => a.scripts))].sort(),
    blank,
    medianFinished,
    medianRendered: median(app.map((a) => a.rendered)),
    medianBlank,
    ratio: medianFinished / medianBlank,
  };
}

/** Table rows: first chart finished against its budget; first frame, the blank floor and the ratio as context. */
export function firstChartRows(r: FirstChartResult): Row[] {
  const n = r.app.length;
  return [
    budgetRow(
      'first-chart-finished-ms',
      `time to first chart 'finished' (median of ${n})`,
      r.medianFinished,
      ms(r.medianFinished),
      800,
      '0.8 s',
    ),
    infoRow(
      'first-chart-rendered-ms',
      "  first chart frame drawn ('rendered')",
      ms(r.medianRendered),
      r.medianRendered,
    ),
    infoRow('blank-first-paint-ms', '  blank React page, first paint (floor)', ms(r.medianBlank), r.medianBlank),
    infoRow('first-chart-blank-ratio', '  first chart / blank page', `${r.ratio.toFixed(2)}×`, r.ratio),
  ];
}
