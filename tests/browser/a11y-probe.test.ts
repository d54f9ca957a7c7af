import { createRequire } from 'node:module';
import { afterAll, beforeAll, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, scrollThrough, viewsLoaded } from './browser-session';

const require = createRequire(import.meta.url);
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

for (const lang of ['zh', 'en'])
  for (const dark of [false, true])
  it(`probe ${lang} ${dark}`, async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true, colorScheme: dark ? 'dark' : 'light' });
    const page = await ctx.newPage();
    await page.goto(`${inject('baseUrl')}?lang=${lang}`);
    await viewsLoaded(page);
    await scrollThrough(page);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const r = await page.evaluate(async () => {
      const res = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return res.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => [n.target.join(' '), n.failureSummary?.slice(0, 300)]) }));
    });
    console.log(lang, dark, JSON.stringify(r, null, 1));
  });
