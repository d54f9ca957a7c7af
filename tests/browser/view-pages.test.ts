import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { VIEWS } from '../../src/views/views';
import { loadDataset } from '../../src/data/load-dataset';
import { datasetVersion } from '../../src/data/dataset-version';
import { firstChart, launchBrowser, openApp, viewsLoaded } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const version = datasetVersion(readDatasetFiles('data'));
const VIEW = 'liquid-cooling';
const viewClaims = dataset.claims.filter(VIEWS.find((v) => v.id === VIEW)!.select);
const claimOf = (id: string) => dataset.claims.find((c) => c.id === id)!;
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/browser/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const query = (page: Page) => new URL(page.url()).searchParams;
const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("a view's own page", () => {
  it('draws the chart large, lists exactly its claims and their sentences, and leads back to all charts', async () => {
    const { page, errors } = await openApp(browser, `?view=${VIEW}&lang=en`, WIDE, 'en-US');
    await page.locator(`[data-view-page="${VIEW}"] [data-view-chart="${VIEW}"] canvas`).first().waitFor();
    expect(await page.locator('.chart-card[data-view-id]').count()).toBe(1);
    const box = await page.locator(`[data-view-chart="${VIEW}"]`).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(560);
    expect(await page.locator('h2#claims-table-title').textContent()).toBe('The claims of this chart');
    const rows = await page
      .locator('tbody tr[data-claim-id]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim-id')));
    expect(rows.sort()).toEqual(viewClaims.map((c) => c.id).sort());
    // Every claim's sentence under its source: the curators' translation, then the verbatim original.
    const quote = page.locator('.view-quotes li[data-claim-id="he-liquid-cooling-market-2023"]');
    expect(await quote.locator('blockquote[lang="zh"]').textContent()).toBe(
      claimOf('he-liquid-cooling-market-2023').quote,
    );
    expect(await quote.locator('blockquote[lang="en"]').textContent()).toBe(
      claimOf('he-liquid-cooling-market-2023').quoteEn,
    );
    expect(await page.locator('.view-quotes li[data-claim-id]').count()).toBe(viewClaims.length);
    // The card keeps its header (export menu; other tools such as Cite join it) and the filters still work.
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
    expect(await page.locator('.filters').count()).toBe(1);
    await page.screenshot({ path: 'tests/browser/artifacts/view-page-1440-en.png', fullPage: true });
    await page.getByRole('link', { name: '← All charts' }).click();
    await page.waitForURL((u) => !u.searchParams.has('view'));
    expect(query(page).get('lang')).toBe('en');
    await firstChart(page);
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('on a phone and in Chinese, fits the screen', async () => {
    const { page, errors } = await openApp(browser, `?view=${VIEW}&lang=zh`, PHONE);
    await page.locator(`[data-view-chart="${VIEW}"] canvas`).first().waitFor();
    await page.getByRole('link', { name: '← 全部图表' }).waitFor();
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.screenshot({ path: 'tests/browser/artifacts/view-page-390-zh.png', fullPage: true });
    const wide = await openApp(browser, `?view=${VIEW}&lang=zh`, WIDE);
    await wide.page.locator(`[data-view-chart="${VIEW}"] canvas`).first().waitFor();
    await wide.page.screenshot({ path: 'tests/browser/artifacts/view-page-1440-zh.png' });
    const en = await openApp(browser, `?view=${VIEW}&lang=en`, PHONE, 'en-US');
    await en.page.locator(`[data-view-chart="${VIEW}"] canvas`).first().waitFor();
    await en.page.screenshot({ path: 'tests/browser/artifacts/view-page-390-en.png' });
    expect([...errors, ...wide.errors, ...en.errors]).toEqual([]);
  });

  it('is linked from every card title of the dashboard, keeping the language and filters', async () => {
    const { page } = await openApp(browser, '?lang=en&kind=forecast', WIDE, 'en-US');
    await viewsLoaded(page);
    for (const v of VIEWS) {
      const href = await page.locator(`#title-${v.id} a`).getAttribute('href');
      const q = new URLSearchParams(href!);
      expect([q.get('view'), q.get('lang'), q.get('kind')]).toEqual([v.id, 'en', 'forecast']);
    }
    await page.locator(`#title-${VIEW} a`).click();
    await page.locator(`[data-view-page="${VIEW}"]`).waitFor();
    expect(query(page).get('kind')).toBe('forecast');
  });

  it('an unknown view falls back to the dashboard with a calm notice', async () => {
    const { page, errors } = await openApp(browser, '?view=no-such-view&lang=en', WIDE, 'en-US');
    await firstChart(page);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'no-such-view' }).count()).toBe(1);
    expect(await page.locator('[data-view-page]').count()).toBe(0);
    expect(query(page).has('view')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('gives the iframe snippet of its embed', async () => {
    const { page } = await openApp(browser, `?view=${VIEW}&lang=en`, WIDE, 'en-US');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/[^"]+\?lang=en&amp;view=liquid-cooling&amp;embed=1" title="Liquid-cooled servers"/,
    );
  });
});

describe('an embedded view', () => {
  it('shows the chart alone with its numbered footnotes and a link back to the full page', async () => {
    const { page, errors } = await openApp(
      browser,
      `?view=${VIEW}&embed=1&lang=en`,
      { width: 800, height: 620 },
      'en-US',
    );
    await page.locator(`[data-embed="${VIEW}"] canvas`).first().waitFor();
    expect(await page.locator('.app-header, .filters, .toc, .claims-table').count()).toBe(0);
    const notes = await page.locator('.footnotes li').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(/^① /);
    expect(await page.locator('.embed').textContent()).toContain(`dataset version ${version}`);
    const back = page.getByRole('link', { name: /See the full page/ });
    const q = new URLSearchParams((await back.getAttribute('href'))!);
    expect([q.get('view'), q.has('embed')]).toEqual([VIEW, false]);
    await page.screenshot({ path: 'tests/browser/artifacts/embed-800-en.png' });
    expect(errors).toEqual([]);
  });
});

describe('the table of contents', () => {
  it('jumps to a section and marks the one in view', async () => {
    const { page, errors } = await openApp(browser, '?lang=en', WIDE, 'en-US');
    await viewsLoaded(page);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    expect(await toc.getByRole('link').count()).toBe(VIEWS.length + 5);
    await toc.getByRole('link', { name: 'Liquid-cooled servers' }).click();
    await expect
      .poll(() => page.locator(`#view-${VIEW}`).evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(40);
    await expect.poll(() => toc.locator('a[aria-current]').textContent()).toBe('Liquid-cooled servers');
    await toc.getByRole('link', { name: 'Audit' }).click();
    await expect.poll(() => toc.locator('a[aria-current]').textContent()).toBe('Audit');
    await page.screenshot({ path: 'tests/browser/artifacts/toc-1440-en.png' });
    // Sticky: still on screen after the jump.
    const box = await toc.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    expect(errors).toEqual([]);
  });

  it('folds into a bar on a phone without widening the page', async () => {
    const { page, errors } = await openApp(browser, '?lang=zh', PHONE);
    await viewsLoaded(page);
    const toc = page.getByRole('navigation', { name: '目录' });
    await toc.locator('summary').click();
    await page.screenshot({ path: 'tests/browser/artifacts/toc-390-zh-open.png' });
    await toc.getByRole('link', { name: '核查' }).click();
    await expect
      .poll(() => page.locator('#audit').evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBeLessThan(80);
    await expect.poll(() => toc.locator('a[aria-current]').textContent()).toBe('核查');
    expect(await toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.screenshot({ path: 'tests/browser/artifacts/toc-390-zh.png' });
    expect(await noHorizontalOverflow(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('presentation mode', () => {
  it('moves with the keys, follows in the address, shows the quotes and leaves with Esc', async () => {
    const { page, errors } = await openApp(browser, '?lang=en', WIDE, 'en-US');
    await firstChart(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await page.locator('[data-slide="compute-growth"] canvas').first().waitFor();
    await expect.poll(() => query(page).get('present')).toBe('compute-growth');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-slide="compute-capacity"]').waitFor();
    await expect.poll(() => query(page).get('present')).toBe('compute-capacity');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    await page.locator(`[data-slide="market-size"]`).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-slide="${VIEW}"] canvas`).first().waitFor();
    expect(await dialog.locator('.slide-footer').getAttribute('data-footnotes')).not.toBe('0');
    expect(await dialog.locator('.slide-footer').textContent()).toContain(`dataset version ${version}`);
    await page.keyboard.press('q');
    const quotes = page.locator('.slide-quotes');
    await quotes.waitFor();
    const c = claimOf('he-liquid-cooling-market-2023');
    const item = quotes.locator(`li[data-claim-id="${c.id}"]`);
    expect(await item.locator('blockquote[lang="zh"]').textContent()).toBe(c.quote);
    expect(await item.locator('blockquote[lang="en"]').textContent()).toBe(c.quoteEn);
    await page.screenshot({ path: 'tests/browser/artifacts/slide-quotes-1440-en.png' });
    await page.keyboard.press('q');
    await page.screenshot({ path: 'tests/browser/artifacts/slide-1440-en.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => query(page).has('present')).toBe(false);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('opens from a link at that slide, in Chinese and on a phone', async () => {
    for (const [lang, viewport] of [
      ['zh', WIDE],
      ['zh', PHONE],
      ['en', PHONE],
    ] as const) {
      const { page, errors } = await openApp(
        browser,
        `?lang=${lang}&present=${VIEW}`,
        viewport,
        lang === 'zh' ? 'zh-CN' : 'en-US',
      );
      await page.locator(`[data-slide="${VIEW}"] canvas`).first().waitFor();
      await page.screenshot({ path: `tests/browser/artifacts/slide-${viewport.width}-${lang}.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    }
  });
});
