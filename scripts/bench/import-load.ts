import { statSync } from 'node:fs';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { ParseWindow } from './page-probe';
import { budgetRow, infoRow, type Row } from './report';
import { ms, within } from './stats';

/** One import through the page's file input, and how the page behaved meanwhile. */
export interface ImportRun {
  fileBytes: number;
  /** done or error as the import panel says; `unresponsive` when the page stayed blocked past the timeout. */
  status: string;
  /** What the import panel said. */
  message: string;
  /** The worker's parse, off the main thread: file chosen → answer, and the main thread meanwhile. */
  parse: ParseWindow;
  /** File chosen → status done (parsed, validated, and React committed the new claims). */
  importMs: number;
  /** Status done → every chart finished drawing the new claims (NaN if not within the time allowed). */
  chartsMs: number;
  /** How long the bench waited for the charts. */
  chartsWaitMs: number;
  /** The longest main-thread task after the answer until the page went quiet: React and ECharts taking in the new claims. */
  maxLongTaskAfter: number;
}

const PARSE_LOG = '__bench:parse ';

/**
 * Polls the import status from Node until done or error, or undefined at the deadline. Playwright's own
 * waitForFunction cannot be used: its timeout needs the page's main thread, which a big import blocks.
 */
async function waitForStatus(page: Page, deadline: number): Promise<string | undefined> {
  const read = () => document.querySelector('#import [data-status]')?.getAttribute('data-status') ?? '';
  while (performance.now() < deadline) {
    const status = await within(page.evaluate(read), deadline - performance.now(), 'import status').catch(() => '');
    if (status === 'done' || status === 'error') return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return undefined;
}

/** How long the page must run no long task to count as quiet after an import. */
const QUIET_MS = 1_000;

/** Polls from Node until no long task has ended in the page for `quietMs`, or `limitMs` has passed. */
async function waitUntilQuiet(page: Page, quietMs: number, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  const sinceLast = () => {
    const p = window.__bench!;
    const last = Math.max(p.parse?.answeredAt ?? 0, ...p.longTasks.map((t) => t.start + t.duration));
    return performance.now() - last;
  };
  while (performance.now() < deadline) {
    const quiet = await within(page.evaluate(sinceLast), deadline - performance.now(), 'a quiet page').catch(() => 0);
    if (quiet >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Imports a CSV through `#import input[type="file"]` and waits until the import panel says done (or error),
 * then until the charts have drawn the new claims. The parse window comes from the probe's console line, so
 * it is known even when the page then stays blocked for longer than `timeoutMs`.
 */
export async function importThroughInput(
  page: Page,
  csvPath: string,
  timeoutMs: number,
  chartsWaitMs: number,
): Promise<ImportRun> {
  const started = performance.now();
  const left = () => Math.max(1_000, timeoutMs - (performance.now() - started));
  let onConsole: ((m: ConsoleMessage) => void) | undefined;
  const answered = new Promise<ParseWindow>((resolve) => {
    onConsole = (m) => {
      if (m.text().startsWith(PARSE_LOG)) resolve(JSON.parse(m.text().slice(PARSE_LOG.length)) as ParseWindow);
    };
    page.on('console', onConsole);
  });
  try {
    await page.setInputFiles('#import input[type="file"]', csvPath, { timeout: timeoutMs });
    const parse = await within(answered, left(), 'the import worker');
    const fileBytes = statSync(csvPath).size;
    const status = await waitForStatus(page, started + timeoutMs);
    if (!status) {
      const blocked = `main thread still busy ${Math.round((performance.now() - started) / 1000)} s after the file was chosen`;
      return {
        fileBytes,
        status: 'unresponsive',
        message: blocked,
        parse,
        importMs: NaN,
        chartsMs: NaN,
        chartsWaitMs,
        maxLongTaskAfter: NaN,
      };
    }
    // Charts settle first, so the long tasks of taking in the new claims are over and reported.
    const settling = page.evaluate(
      (t) => window.__bench!.settle(window.__bench!.importStatus?.at ?? 0, t),
      chartsWaitMs,
    );
    const charts = await within(settling, chartsWaitMs + 10_000, 'charts after the import');
    // The charts in view can finish before the rest of the work the import set off (the views below the
    // fold, built in slices, and the table): the longest task is read once the page has gone quiet.
    await waitUntilQuiet(page, QUIET_MS, Math.min(30_000, left()));
    const run = await page.evaluate(() => {
      const p = window.__bench!;
      const el = document.querySelector('#import [data-status]');
      const after = p.longTasks.filter((t) => t.start >= (p.parse?.answeredAt ?? Infinity));
      return {
        status: el?.getAttribute('data-status') ?? '',
        message: (el?.textContent ?? '').slice(0, 200),
        importMs: (p.importStatus?.at ?? NaN) - (p.fileChosenAt ?? NaN),
        maxLongTaskAfter: Math.max(0, ...after.map((t) => t.duration)),
      };
    });
    return { fileBytes, parse, chartsMs: charts.ms, chartsWaitMs, ...run };
  } finally {
    if (onConsole) page.off('console', onConsole);
  }
}

/** Table rows: import and parse time, the main thread while the worker parsed, and the render after. */
export function importRows(
  key: string,
  label: string,
  r: ImportRun,
  longTaskBudgetMs?: number,
  afterLongTaskBudgetMs?: number,
): Row[] {
  const p = r.parse;
  const parseMs = p.answeredAt - p.chosenAt;
  const size = `${(r.fileBytes / 1e6).toFixed(1)} MB`;
  const charts = Number.isNaN(r.chartsMs) ? `not finished within ${ms(r.chartsWaitMs)}` : ms(r.chartsMs);
  const total = r.status === 'unresponsive' ? r.message : `${ms(r.importMs)}, then charts ${charts}`;
  const longTask = `${ms(p.maxLongTask)} (${p.longTasks} long tasks)`;
  const afterFigure = '  max long task after the answer (render)';
  const after = r.status === 'unresponsive' ? `> ${r.message}` : ms(r.maxLongTaskAfter);
  return [
    infoRow(
      `import-${key}-ms`,
      `${label}: file chosen → import done`,
      `${total} (${size}; status ${r.status})`,
      r.importMs,
    ),
    infoRow(`import-${key}-parse-ms`, `  parse + validate in the worker`, ms(parseMs), parseMs),
    longTaskBudgetMs === undefined
      ? infoRow(`import-${key}-parse-long-task-ms`, '  max long task while parsing', longTask, p.maxLongTask)
      : budgetRow(
          `import-${key}-parse-long-task-ms`,
          '  max long task while parsing',
          p.maxLongTask,
          longTask,
          longTaskBudgetMs,
          ms(longTaskBudgetMs),
        ),
    infoRow(
      `import-${key}-heartbeat`,
      '  50 ms heartbeat while parsing',
      `${p.beats} ticks, max gap ${ms(p.maxBeatGap)}`,
      p.maxBeatGap,
    ),
    afterLongTaskBudgetMs === undefined
      ? infoRow(`import-${key}-after-long-task-ms`, afterFigure, after, r.maxLongTaskAfter)
      : budgetRow(
          `import-${key}-after-long-task-ms`,
          afterFigure,
          r.maxLongTaskAfter,
          after,
          afterLongTaskBudgetMs,
          ms(afterLongTaskBudgetMs),
        ),
  ];
}
