import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';
import { figureMeta } from '../../src/export/figure-spec';
import { VIEWS } from '../../src/views/views';
import { launchBrowser, openApp, showView, viewsLoaded } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const ARTIFACTS = 'tests/browser/artifacts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a button and returns the bytes and suggested name of the download it starts. */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(selector).click(),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** Claim ids a view's card says it draws. */
async function shownIn(page: Page, view: string): Promise<string[]> {
  const attr = await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims');
  return (attr ?? '').split(' ').filter(Boolean);
}

const toggle = (id: string) => `[data-export-menu="${id}"] button[data-export-toggle]`;
const panel = (id: string) => `[data-export-menu="${id}"] .export-panel[role="group"]`;

describe('exports that say more, in Chromium', () => {
  for (const width of [390, 768, 1440, 1920])
    it(`opens every export menu fully inside the viewport at ${width} px`, async () => {
      const { page, errors } = await openApp(browser, '?lang=en', { width, height: 900 });
      await viewsLoaded(page);
      const menus = await page
        .locator('[data-export-menu]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-export-menu')!));
      expect(menus.length, 'the comparison and every view').toBeGreaterThan(5);
      for (const id of menus) {
        await page.locator(toggle(id)).click();
        await page.locator(panel(id)).waitFor();
        const box = (await page.locator(panel(id)).boundingBox())!;
        const where = `${id} at ${width} px: ${JSON.stringify(box)}`;
        expect(box.x, where).toBeGreaterThanOrEqual(0);
        expect(box.y, where).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, where).toBeLessThanOrEqual(width);
        expect(box.y + box.height, where).toBeLessThanOrEqual(900);
        if (id === 'compare' && (width === 390 || width === 1920))
          await page.screenshot({ path: `${ARTIFACTS}/export-menu-${id}-${width}.png` });
        await page.locator(toggle(id)).click();
      }
      expect(errors).toEqual([]);
    });

  it('numbers every point of an exported figure with its footnote marker, in the SVG and in a PNG', async () => {
    const view = 'cost-price';
    const { page, errors } = await openApp(browser, '?lang=en', { width: 1440, height: 900 });
    await showView(page, view);
    await page.locator(toggle(view)).click();
    const svg = (await download(page, `[data-export-menu="${view}"] button[data-format="svg"]`)).bytes.toString();
    const shown = new Set(await shownIn(page, view));
    const spec = VIEWS.find((v) => v.id === view)!;
    const claims = dataset.claims.filter((c) => shown.has(c.id));
    const { footnotes } = figureMeta({ title: spec.title.en, subtitle: spec.subtitle.en, claims, sources, lang: 'en' });
    // The footer comes first; the nested chart after it holds one marker per claim drawn.
    const chart = svg.slice(svg.indexOf('<svg x='));
    const markers = chart.match(/[①-⑳]/g) ?? [];
    expect(markers.length).toBe(claims.length);
    for (const f of footnotes) {
      const own = claims.filter((c) => c.sourceId === f.sourceId).length;
      expect(markers.filter((m) => m === f.marker).length, f.marker).toBe(own);
    }
    const png = await download(page, `[data-export-menu="${view}"] button[data-format="png"]`);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    writeFileSync(`${ARTIFACTS}/export-${view}-numbered.png`, png.bytes);
    expect(errors).toEqual([]);
  });

  it('exports the timeline with its dodged points numbered too', async () => {
    const { page, errors } = await openApp(browser, '?lang=zh', { width: 1440, height: 900 });
    await showView(page, 'timeline');
    await page.locator('[data-view-id="timeline"]').screenshot({ path: `${ARTIFACTS}/timeline-1440-zh.png` });
    await page.locator(toggle('timeline')).click();
    const png = await download(page, `[data-export-menu="timeline"] button[data-format="png"]`);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    writeFileSync(`${ARTIFACTS}/export-timeline-numbered.png`, png.bytes);
    expect(errors).toEqual([]);
  });

  for (const width of [390, 1440, 1920])
    it(`wraps long row labels onto two lines on screen at ${width} px`, async () => {
      const { page, errors } = await openApp(browser, '?lang=en', { width, height: 900 });
      for (const view of ['cost-price', 'compute-growth']) {
        await showView(page, view);
        await page
          .locator(`[data-view-id="${view}"]`)
          .screenshot({ path: `${ARTIFACTS}/row-labels-${view}-${width}.png` });
      }
      expect(errors).toEqual([]);
    });
});
