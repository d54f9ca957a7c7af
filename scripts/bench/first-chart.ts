import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { openCold } from './browser';
import { budgetRow, infoRow, type Row } from './report';
import { kB, median, ms } from './stats';

/** One cold load of the app, in ms since navigation start. */
export interface AppLoad {
  /** The frame after the first chart's picture (the build's, in the HTML) stood visible. */
  visible: number;
  /** The first chart answers the pointer with its tooltip: the build's picture of it, or the app's chart. */
  interactive: number;
  /** The build's picture on screen got its tooltips (src/app/prerender-hover.ts); NaN if it never did. */
  pictureAnswers: number;
  /** The app's first chart finished drawing with its tooltip (ECharts answers the pointer). */
  chartAnswers: number;
  /** The first chart's own first 'finished' (ECharts drew it, tooltip or not). */
  finished: number;
  fcp: number;
  /** Cumulative layout shift from navigation until a second after the chart became interactive. */
  cls: number;
  /** JavaScript files (paths under the served folder) whose download ended before the app's chart answered. */
  scripts: string[];
}

/** Cold loads of the app and of the blank React page, with medians and ratios to the blank page. */
export interface FirstChartResult {
  app: AppLoad[];
  /** Union over the runs of the scripts fetched before the app's first chart answered. */
  scripts: string[];
  blank: number[];
  medianVisible: number;
  medianInteractive: number;
  medianFinished: number;
  medianPictureAnswers: number;
  medianChartAnswers: number;
  medianBlank: number;
  maxCls: number;
  visibleRatio: number;
  interactiveRatio: number;
}

const TIMEOUT = 30_000;

/** Loads the app cold and returns when the app's first chart answers the pointer, with what came before. */
async function loadApp(browser: Browser, url: string): Promise<AppLoad> {
  const { context, page, errors } = await openCold(browser, url);
  try {
    await page.waitForFunction(() => (window.__bench?.chartAnswers ?? -1) > 0, null, { timeout: TIMEOUT });
    // The later parts take over from the build's HTML after the first idle moment: their shifts count too.
    await page.waitForTimeout(1000);
    if (errors.length) throw new Error(`the app logged errors: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      const b = window.__bench!;
      const interactive = b.firstInteractive!;
      const chartAnswers = b.chartAnswers!;
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).responseEnd <= chartAnswers)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
        .filter((p) => p.endsWith('.js'));
      return {
        visible: b.firstChartVisible ?? NaN,
        interactive,
        pictureAnswers: (b.pictureAnswers ?? -1) > 0 ? b.pictureAnswers! : NaN,
        chartAnswers,
        finished: b.firstFinished ?? NaN,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        cls: b.shifts.reduce((a, v) => a + v, 0),
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
 * First chart visible (the frame after its picture is in the page: page-probe.ts), interactive (its first
 * 'finished' with a tooltip in its option) and the layout shift meanwhile. The floor is the blank React page
 * measured the same way, to the frame after its one element is committed. Runs alternate so drift hits both.
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
  const medianBlank = median(blank);
  const medianVisible = median(app.map((a) => a.visible));
  const medianInteractive = median(app.map((a) => a.interactive));
  return {
    app,
    scripts: [...new Set(app.flatMap((a) => a.scripts))].sort(),
    blank,
    medianVisible,
    medianInteractive,
    medianFinished: median(app.map((a) => a.finished)),
    medianPictureAnswers: median(app.map((a) => a.pictureAnswers)),
    medianChartAnswers: median(app.map((a) => a.chartAnswers)),
    medianBlank,
    maxCls: Math.max(...app.map((a) => a.cls)),
    visibleRatio: medianVisible / medianBlank,
    interactiveRatio: medianInteractive / medianBlank,
  };
}

/** Bytes the first screen needs before its first chart shows: the HTML (with the chart in it) and the CSS, gzip. */
export function bytesBeforeFirstChart(outDir: string): { html: number; css: number; boot: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].reduce((n, m) => n + gz(m[1]!), 0);
  const boot = [...html.matchAll(/<script src="\.\/([^"]+)"><\/script>/g)].reduce((n, m) => n + gz(m[1]!), 0);
  return { html: gz('index.html'), css, boot };
}

/** Table rows: visible and interactive against the blank page, layout shift, and the bytes before the chart. */
export function firstChartRows(r: FirstChartResult, bytes: { html: number; css: number; boot: number }): Row[] {
  const n = r.app.length;
  return [
    budgetRow(
      'first-chart-visible-ratio',
      `first chart visible / blank page first paint (median of ${n})`,
      r.visibleRatio,
      `${r.visibleRatio.toFixed(2)}× (${ms(r.medianVisible)})`,
      1.2,
      '1.2×',
    ),
    budgetRow(
      'first-chart-interactive-ratio',
      `first chart interactive (tooltip answers) / blank page (median of ${n})`,
      r.interactiveRatio,
      `${r.interactiveRatio.toFixed(2)}× (${ms(r.medianInteractive)})`,
      2.5,
      '2.5×',
    ),
    budgetRow('load-cls', `layout shift during load (worst of ${n})`, r.maxCls, r.maxCls.toFixed(4), 0.02, '0.02'),
    infoRow('blank-first-paint-ms', '  blank React page, first paint (floor)', ms(r.medianBlank), r.medianBlank),
    infoRow(
      'first-picture-answers-ms',
      '  the build’s picture answers the pointer (its tooltips loaded)',
      ms(r.medianPictureAnswers),
      r.medianPictureAnswers,
    ),
    infoRow(
      'first-chart-answers-ms',
      '  the app’s chart answers (ECharts drew it with its tooltip)',
      ms(r.medianChartAnswers),
      r.medianChartAnswers,
    ),
    infoRow(
      'first-chart-finished-ms',
      '  first chart drawn by ECharts (finished)',
      ms(r.medianFinished),
      r.medianFinished,
    ),
    infoRow(
      'bytes-before-first-chart-gzip',
      'bytes before the first chart (HTML with its picture + CSS + language script, gzip)',
      `${kB(bytes.html + bytes.css + bytes.boot)} (HTML ${kB(bytes.html)}, CSS ${kB(bytes.css)}, script ${kB(bytes.boot)})`,
      bytes.html + bytes.css + bytes.boot,
    ),
  ];
}
