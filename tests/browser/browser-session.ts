import { chromium, type Browser, type ConsoleMessage, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium';

/** A page with every console error and uncaught exception it produced. */
export interface WatchedPage {
  page: Page;
  errors: string[];
}

/** Launches the Chromium found in the global setup. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

/** Opens the app (with an optional query string) and records console errors and page errors. */
export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1440, height: 900 },
  locale = 'zh-CN',
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${query}`);
  await tookOver(page);
  return { page, errors };
}

/**
 * Waits until the app has taken over the build's HTML (scripts/prerender.ts) everywhere: before that, the
 * prerendered page's controls are only markup. tests/browser/prerender.test.ts looks at the page before.
 */
export async function tookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.prerendered, [data-build-html]'), null, {
    timeout: 20_000,
  });
}

/** Waits until the first chart of the page (the comparison at the top) has drawn. */
export async function firstChart(page: Page): Promise<void> {
  await page.locator('[data-view-chart] canvas').first().waitFor();
}

/**
 * Scrolls a view's card into sight and waits for its chart: charts far below the fold are only drawn when
 * the reader gets near them, as a person scrolling would.
 */
export async function showView(page: Page, view: string): Promise<void> {
  await page.locator(`[data-view-id="${view}"]`).scrollIntoViewIfNeeded();
  await page.locator(`[data-view-id="${view}"] canvas`).first().waitFor();
}

/** Scrolls to the bottom and back, so every chart has been drawn (before a full-page screenshot). */
export async function scrollThrough(page: Page): Promise<void> {
  const views = await page
    .locator('[data-view-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-view-id')));
  for (const view of views) if (view) await page.locator(`[data-view-id="${view}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Waits until the part of the page below the comparison has loaded and had its deferred work done: the
 * table has its rows, and the views away from the viewport (built a slice at a time after it) say which
 * claims they draw — the timeline, last of them, draws claims on the unfiltered data.
 */
export async function viewsLoaded(page: Page): Promise<void> {
  // Until then the build's HTML of these parts stands in for them (src/app/BuildHtml.tsx): not yet the app.
  await page.waitForFunction(() => !document.querySelector('[data-build-html], .prerendered'));
  await page.locator('tbody tr').first().waitFor();
  await page.locator('[data-view-id="timeline"]:not([data-shown-claims=""])').waitFor({ state: 'attached' });
  // The panels between the cards and the table come in a chunk of their own.
  await page.locator('#audit').waitFor({ state: 'attached' });
}

/**
 * Hovers a claim's mark until its tooltip shows. A chart gains its tooltip when the on-demand ECharts
 * chunk arrives, so a mouse that arrived first is moved off and back, as a person would.
 */
export async function hoverUntilTooltip(page: Page, view: string, claimId: string): Promise<Locator> {
  await showView(page, view);
  const tip = page.locator(`[data-view-id="${view}"] .claim-tooltip`);
  for (let attempt = 0; attempt < 6; attempt++) {
    const xy = await page.evaluate(([v, c]) => window.__dashboard?.claimMarkCenter(v!, c!), [view, claimId]);
    if (!xy) throw new Error(`${claimId} is not drawn in ${view}`);
    await page.mouse.move(xy[0], xy[1], { steps: 4 });
    try {
      await tip.waitFor({ state: 'visible', timeout: 3000 });
      return tip;
    } catch {
      await page.mouse.move(2, 2);
    }
  }
  throw new Error(`no tooltip for ${claimId} in ${view}`);
}
