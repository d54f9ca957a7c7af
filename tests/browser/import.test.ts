import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';
import { XSS_PAYLOADS, xssCsv } from '../fixtures/import-fixtures';
import { launchBrowser, openApp, showView, tookOver } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Picks a file through the real file input and waits for the import to finish. */
async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('#import input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  // The status names the file once this import (not an earlier one) has finished.
  await page.waitForFunction((n) => {
    const el = document.querySelector('#import [data-status]');
    return !!el && el.getAttribute('data-status') !== 'working' && (el.textContent ?? '').includes(n);
  }, name);
}

/** Whether any payload ran: a global set, a dialog opened, or live markup slipped into the page. */
async function nothingRan(page: Page, dialogs: string[]) {
  const xss = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], iframe, object, marquee, video, svg[onload], [onerror], [onload]')
        .length,
  );
  return xss === undefined && dialogs.length === 0 && injected === 0;
}

describe('importing claims through the page in Chromium', () => {
  it('runs none of the XSS corpus and shows every payload as literal text in table, tooltip and reader', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await importFile(page, 'xss.csv', Buffer.from(xssCsv()));
    expect(await page.locator('#import [role="status"]').textContent()).toContain(
      `Imported ${XSS_PAYLOADS.length} of ${XSS_PAYLOADS.length} rows from xss.csv`,
    );
    // Table: the label cell holds the payload as text.
    for (const [i, p] of XSS_PAYLOADS.entries()) {
      const label = await page.locator(`tr[data-claim-id="xss-${i + 1}"] th`).textContent();
      expect(label).toContain(p);
    }
    // Tooltip: hover an imported point in the market-size view.
    await showView(page, 'market-size');
    const xy = await page.evaluate(() => window.__dashboard!.claimMarkCenter('market-size', 'xss-2'));
    expect(xy).toBeTruthy();
    await page.mouse.move(xy![0], xy![1], { steps: 3 });
    const tip = page.locator('[data-view-id="market-size"] .claim-tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(XSS_PAYLOADS[1]);
    expect(await tip.locator('img, script, svg').count()).toBe(0);
    // Reader: opened from the table row.
    await page.locator('tr[data-claim-id="xss-1"]').click();
    expect(await page.locator('aside.reader [data-testid="your-data"] blockquote').textContent()).toBe(
      `${XSS_PAYLOADS[0]}规模达到1亿美元`,
    );
    expect(await nothingRan(page, dialogs)).toBe(true);

    // Exports: the SVG of the market-size view carries the payloads as escaped text, never as markup.
    await page.locator('[data-export-menu="market-size"] button[data-export-toggle]').click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-export-menu="market-size"] button[data-format="svg"]').click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    // (ECharts' SVG has a <style> of its own for hover states; a payload's @import must not become one.)
    expect(svg).not.toMatch(/<(img|script|iframe|object|video|marquee|body|details|input|math)\b/i);
    expect(svg).not.toMatch(/\b(href|src|data)\s*=\s*["']?\s*javascript:/i);
    expect(svg).not.toMatch(/<style[^>]*>[^<]*@import/);
    expect(svg).toContain('&lt;img src=x onerror=');
    expect(await nothingRan(page, dialogs)).toBe(true);

    // The import is kept across a reload (same browser profile) until it is removed.
    await page.reload();
    await tookOver(page);
    await page.locator('#import [data-status="done"]').waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(dataset.claims.length + XSS_PAYLOADS.length);
    await page.getByRole('button', { name: 'Remove imported data' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(dataset.claims.length);
    await page.reload();
    await tookOver(page);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('#import [data-status]').getAttribute('data-status')).toBe('none');
    expect(errors).toEqual([]);
  });

  it('answers broken files calmly: a binary file, a ragged CSV, a GBK file; the charts stay', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await importFile(page, 'book.xlsx', readFileSync('tests/fixtures/malformed/binary.bin'));
    expect(await page.locator('#import .import-error').textContent()).toContain('binary (zip/xlsx) file, not CSV');
    await importFile(page, 'ragged.csv', readFileSync('tests/fixtures/malformed/ragged.csv'));
    const status = page.locator('#import [role="status"]');
    expect(await status.textContent()).toContain('Imported 2 of 3 rows from ragged.csv');
    expect(await status.locator('.import-problems').textContent()).toContain(
      'ragged.csv:3 — ragged row: expected 24 fields, found 3; row skipped',
    );
    await importFile(page, 'gbk.csv', readFileSync('tests/fixtures/malformed/gbk.csv'));
    expect(await status.textContent()).toContain('read as GBK');
    expect(await page.locator('tr[data-claim-id="my-cluster-2024"] th').textContent()).toContain('Our cluster, 2024');
    await showView(page, 'compute-growth');
    expect(await page.locator('[data-view-id="compute-growth"] canvas').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Remove imported data' }).click();
    expect(errors).toEqual([]);
  });

  it('serves the page with a Content-Security-Policy that allows only its own scripts', async () => {
    const { page } = await openApp(browser, '?lang=en');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    // An inline script is refused by the browser.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return (window as unknown as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
  });
});
