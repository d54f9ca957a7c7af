import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser-session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built dashboard in Chromium', () => {
  it('shows the claims table with Chinese text rendered and logs no console errors', async () => {
    const { page, errors } = await openApp(browser);
    const table = page.getByRole('table');
    await table.waitFor();
    // The table fills in a deferred render after the charts.
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(80);
    // A Chinese quote from the data is on the page, as text.
    const quoteCell = page.locator('tr[data-claim-id="he-liquid-cooling-market-2023"] td.quote q');
    await quoteCell.scrollIntoViewIfNeeded();
    await expect(quoteCell.textContent()).resolves.toBe('2023年中国液冷服务器市场规模15.5亿美元');
    await expect(quoteCell.isVisible()).resolves.toBe(true);
    // The CJK font really renders: a Chinese string is wider than the same number of missing-glyph boxes would be
    // only if glyphs exist; compare against a Latin string measured in the page.
    const widths = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = '16px "Noto Sans CJK SC", sans-serif';
      return {
        zh: c.measureText('液冷服务器').width,
        tofuCheck: document.fonts.check('16px "Noto Sans CJK SC"', '液冷'),
      };
    });
    expect(widths.zh).toBeGreaterThan(60);
    expect(widths.tofuCheck).toBe(true);
    mkdirSync('tests/browser/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/browser/artifacts/smoke-1440.png', fullPage: false });
    expect(errors).toEqual([]);
  });

  it('switches the table to English labels and number formats', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('AI compute claims');
    const row = page.locator('tr[data-claim-id="he-liquid-cooling-market-2023"]');
    await expect(row.locator('td.num').first().textContent()).resolves.toBe('$1.55B');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(row.locator('td.num').first().textContent()).resolves.toBe('15.5亿美元');
    expect(errors).toEqual([]);
  });
});
