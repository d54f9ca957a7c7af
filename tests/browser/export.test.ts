import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { VIEWS } from '../../src/views/views';
import { VIEW_IDS } from '../../src/charts/view-types';
import { loadDataset } from '../../src/data/load-dataset';
import { escapeXml } from '../../src/export/compose-svg';
import { figureMeta } from '../../src/export/figure-spec';
import { exportLayout, PRESETS } from '../../src/export/layout';
import { launchBrowser, openApp, showView, viewsLoaded } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const VIEW = 'compute-growth';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a button and returns the bytes and suggested name of the download it starts. */
async function download(page: Page, selector: string, timeout = 30_000): Promise<{ name: string; bytes: Buffer }> {
  const [d]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.locator(selector).click(),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Claim ids a view's card says it draws. */
async function shownIn(page: Page, view: string): Promise<string[]> {
  const attr = await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims');
  return (attr ?? '').split(' ').filter(Boolean);
}

/** The views that draw claims, once the page has loaded them all (more than five on the real data). */
async function viewsWithClaims(page: Page): Promise<string[]> {
  await viewsLoaded(page);
  const withClaims = [];
  for (const v of VIEW_IDS) if ((await shownIn(page, v)).length > 0) withClaims.push(v);
  expect(withClaims.length, 'views with claims on the page').toBeGreaterThan(5);
  return withClaims;
}

/** Opens the export panel of a view. */
async function openMenu(page: Page, view: string) {
  await showView(page, view);
  await page.locator(`[data-export-menu="${view}"] button[data-export-toggle]`).click();
}

describe('exports in Chromium', () => {
  it('exports a view as a 1920×1080 PNG whose footer band carries the footnotes', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await openMenu(page, VIEW);
    const png = await download(page, `[data-export-menu="${VIEW}"] button[data-format="png"]`);
    expect(png.name).toMatch(new RegExp(`^ai-compute-claims_${VIEW}_1920x1080_\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
    // Decode the pixels in the page and count the ones that are not the white background, per band.
    const ink = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
      c.drawImage(img, 0, 0);
      const count = (y0: number, y1: number) => {
        const d = c.getImageData(0, y0, img.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) n++;
        return n;
      };
      return { footer: count(img.height - 140, img.height), middle: count(300, 700), header: count(0, 120) };
    }, png.bytes.toString('base64'));
    expect(ink.footer, 'footnotes drawn in the bottom band').toBeGreaterThan(1000);
    expect(ink.middle, 'the chart is drawn').toBeGreaterThan(5000);
    expect(ink.header, 'the title is drawn').toBeGreaterThan(1000);
    await expect(page.locator(`[data-export-menu="${VIEW}"] [data-export-status]`).textContent()).resolves.toContain(
      png.name,
    );
    expect(errors).toEqual([]);
  });

  it('exports the same figure as SVG with every footnote line as text', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await openMenu(page, VIEW);
    const svg = await download(page, `[data-export-menu="${VIEW}"] button[data-format="svg"]`);
    expect(svg.name).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"')).toBe(true);
    const shown = new Set(await shownIn(page, VIEW));
    const spec = VIEWS.find((v) => v.id === VIEW)!;
    const claims = dataset.claims.filter((c) => shown.has(c.id));
    const meta = figureMeta({
      title: spec.title.en,
      subtitle: spec.subtitle.en,
      claims,
      sources,
      lang: 'en',
      datasetVersion: dataset.version,
    });
    expect(meta.footnotes.length).toBeGreaterThan(0);
    // The SVG is laid out with the width estimate, so Node computes the very same lines.
    for (const l of exportLayout(PRESETS.wide, meta).footerLines)
      expect(text).toContain(`>${escapeXml(l.text)}</text>`);
    expect(text).toContain('<svg x='); // the chart, nested
    expect(errors).toEqual([]);
  });

  it('copies the image to the clipboard, or says why it cannot', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openMenu(page, VIEW);
    const status = page.locator(`[data-export-menu="${VIEW}"] [data-export-status]`);
    await page.locator(`[data-export-menu="${VIEW}"] button[data-format="copy"]`).click();
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).toMatch(/copied|clipboard/i);
    if ((await status.textContent())?.includes('copied')) {
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
      expect(types).toContain('image/png');
    }
    expect(errors).toEqual([]);
  });

  it('exports every view as a PNG in one ZIP, showing progress meanwhile', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    const withClaims = await viewsWithClaims(page);
    const pending = download(page, '[data-export-all] button[data-action="zip"]', 120_000);
    await page.locator('[data-export-all] [data-export-progress] progress').waitFor({ timeout: 10_000 });
    const zip = await JSZip.loadAsync((await pending).bytes);
    const pngs = Object.keys(zip.files).filter((f) => f.endsWith('.png'));
    for (const v of withClaims)
      expect(
        pngs.filter((f) => f.includes(`_${v}_1920x1080_`)),
        v,
      ).toHaveLength(1);
    for (const f of pngs) expect(pngSize(Buffer.from(await zip.file(f)!.async('uint8array'))), f).toEqual(PRESETS.wide);
    expect(errors).toEqual([]);
  });

  it('exports a deck: a title slide, a slide per view, and notes with the verbatim quotes', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    const withClaims = await viewsWithClaims(page);
    const deck = await download(page, '[data-export-all] button[data-action="pptx"]', 120_000);
    expect(deck.name).toMatch(/^ai-compute-claims_deck_\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(deck.bytes);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThanOrEqual(withClaims.length + 1);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const decoded = notes.join('\n').replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => {
      return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[e]!;
    });
    const quoted = dataset.claims.find((c) => c.id === 'he-liquid-cooling-market-2023')!.quote;
    expect(decoded).toContain(quoted);
    expect(errors).toEqual([]);
  });

  it('downloads the filtered claims as CSV that round-trips to the table’s rows', async () => {
    const { page, errors } = await openApp(browser, '?lang=en&topic=liquid_cooling');
    await page.locator('tbody tr').first().waitFor();
    const ids = await page
      .locator('tbody tr[data-claim-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim-id')));
    const csv = await download(page, '[data-export-all] button[data-action="csv"]');
    expect(csv.name).toMatch(/^ai-compute-claims_claims_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(ids.length);
    expect(parsed.data.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['quote', 'source_title', 'source_outlet', 'source_url']),
    );
    expect(errors).toEqual([]);
  });
});
