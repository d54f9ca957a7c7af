import type { Page } from 'playwright-core';
import type { Settled } from './page-probe';
import { budgetRow, infoRow, type Row } from './report';
import { median, ms, percentile, within } from './stats';

/** Timings of repeated clicks on one filter chip. */
export interface ToggleStats {
  samples: Settled[];
  /** Of the completed samples: click → every chart finished (and two frames passed). */
  median: number;
  p95: number;
  /** Click → first animation frame: the React part of the cost. */
  medianFirstFrame: number;
  timedOut: number;
  /** Fewer than asked when the stage ran out of time. */
  requested: number;
}

/** Waits until every chart on the page has finished drawing (the page is ready to be measured). */
export async function waitForCharts(page: Page, timeoutMs: number): Promise<Settled> {
  await page.waitForFunction(() => window.__bench !== undefined && document.querySelector('[data-view-chart]'), null, {
    timeout: timeoutMs,
  });
  // A page opened on the build's pictures (scripts/prerender.ts) is the app's once its later parts have
  // replaced the build's HTML; the cards near the viewport then create their charts. Toggles measured
  // before that would time the page's loading, not a filter change.
  await page.waitForFunction(() => !document.querySelector('.prerendered, [data-build-html]'), null, {
    timeout: timeoutMs,
  });
  await page.waitForTimeout(1000);
  return within(
    page.evaluate((t) => window.__bench!.settle(0, t), timeoutMs),
    timeoutMs + 5_000,
    'the first charts',
  );
}

/**
 * Clicks the filter chip labelled `label` `count` times (on, off, on …) and times each click until every
 * live chart has emitted 'finished' after it. The click and the clock are both in the page, so the
 * harness's round trips are not counted. Stops early, keeping what it has, once `stageMs` is spent.
 */
export async function measureToggles(page: Page, label: string, count: number, stageMs: number): Promise<ToggleStats> {
  const samples: Settled[] = [];
  const started = performance.now();
  for (let i = 0; i < count && performance.now() - started < stageMs; i++) {
    const timeoutMs = Math.max(5_000, stageMs - (performance.now() - started));
    const toggled = page.evaluate(
      ({ label, timeoutMs }) => {
        const chip = [...document.querySelectorAll('section.filters label')].find(
          (l) => l.textContent?.trim() === label,
        );
        const input = chip?.querySelector('input');
        if (!input) throw new Error(`no filter chip "${label}"`);
        const since = performance.now();
        input.click();
        return window.__bench!.settle(since, timeoutMs);
      },
      { label, timeoutMs },
    );
    // The in-page timeout cannot fire while one task blocks the page; this one, in Node, can.
    const s = await within(toggled, timeoutMs + 10_000, 'a filter toggle').catch(() => undefined);
    if (!s) {
      samples.push({ ms: NaN, firstFrameMs: NaN, charts: 0, updated: 0, timedOut: true });
      break;
    }
    samples.push(s);
    await page.waitForTimeout(50); // let idle work (GC, observers) run outside the measured window
  }
  const done = samples.filter((s) => !s.timedOut);
  return {
    samples,
    median: median(done.map((s) => s.ms)),
    p95: percentile(
      done.map((s) => s.ms),
      95,
    ),
    medianFirstFrame: median(done.map((s) => s.firstFrameMs)),
    timedOut: samples.length - done.length,
    requested: count,
  };
}

/**
 * Table rows: median and p95 of a toggle run. The budget (when there is one) is on the p95: a reader feels
 * the slow clicks, not the typical one; the median is shown beside it for comparison.
 */
export function toggleRows(key: string, label: string, t: ToggleStats, p95BudgetMs?: number): Row[] {
  const n = t.samples.length - t.timedOut;
  const short = n < t.requested ? ` — only ${n} of ${t.requested} in the time allowed` : '';
  const figure = (stat: string) => `filter toggle → charts finished, ${label} (${stat}, n=${n})`;
  const median = `${ms(t.median)} (1st frame ${ms(t.medianFirstFrame)})${short}`;
  const p95 = `${ms(t.p95)}${short}`;
  return [
    infoRow(`toggle-${key}-median-ms`, figure('median'), median, t.median),
    p95BudgetMs === undefined
      ? infoRow(`toggle-${key}-p95-ms`, figure('p95'), p95, t.p95)
      : budgetRow(`toggle-${key}-p95-ms`, figure('p95'), t.p95, p95, p95BudgetMs, ms(p95BudgetMs)),
  ];
}
