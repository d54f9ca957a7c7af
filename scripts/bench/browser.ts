import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium';
import { installProbe } from './page-probe';

/** A page in a fresh browser context: empty cache, no storage, the probe installed. */
export interface ColdPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors: a bench run on a broken page says so. */
  errors: string[];
}

/** Launches the Chromium the browser tests use, with the same flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens a URL in a new context with the HTTP cache disabled (a cold load every time) and the probe in
 * place before the page's own scripts. Returns once navigation has committed.
 */
export async function openCold(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<ColdPage> {
  const context = await browser.newContext({ viewport, locale: 'en-US', acceptDownloads: true });
  // tsx compiles with keepNames, which wraps functions in __name(); serialised into the page, they need it too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
  return { context, page, errors };
}
