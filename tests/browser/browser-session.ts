import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

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
  return { page, errors };
}
