import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { VIEW_IDS } from '../../src/charts/view-types';
import { loadDataset } from '../../src/data/load-dataset';
import { firstChart, launchBrowser, openApp, scrollThrough, showView } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const quoteOf = (id: string) => dataset.claims.find((c) => c.id === id)!.quote;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/browser/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Claim ids a view's card says it draws. */
async function shownIn(page: Page, view: string): Promise<string[]> {
  const attr = await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims');
  return (attr ?? '').split(' ').filter(Boolean);
}

/** Moves the real mouse onto the mark of a claim in a view; returns false if it is not drawn. */
async function hover(page: Page, view: string, claimId: string): Promise<boolean> {
  await showView(page, view);
  const xy = await page.evaluate(([v, c]) => window.__dashboard?.claimMarkCenter(v!, c!), [view, claimId]);
  if (!xy) return false;
  await page.mouse.move(xy[0], xy[1], { steps: 4 });
  return true;
}

describe('the dashboard views in Chromium', () => {
  it('renders every view, and hovering a point of each shows its verbatim quote', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await firstChart(page);
    for (const view of VIEW_IDS) {
      await showView(page, view);
      const shown = await shownIn(page, view);
      expect(shown.length, `${view} draws claims`).toBeGreaterThan(0);
      // Try a few points: one may sit under the legend or another mark.
      let seen = false;
      for (const id of shown.slice(0, 4)) {
        if (!(await hover(page, view, id))) continue;
        const tip = page.locator(`[data-view-id="${view}"] .claim-tooltip`);
        try {
          await tip.waitFor({ state: 'visible', timeout: 2000 });
        } catch {
          continue;
        }
        const text = await tip.textContent();
        if (text?.includes(quoteOf(id))) {
          seen = true;
          break;
        }
      }
      expect(seen, `a tooltip in ${view} shows the quote of the point under the mouse`).toBe(true);
      await page.mouse.move(2, 2);
    }
    const live = await page.evaluate(() => window.__dashboard!.views());
    for (const view of VIEW_IDS) expect(live, view).toContain(view);
    expect(errors).toEqual([]);
  });

  it('clicking a point opens the reader with exactly the quote inside <mark>', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await showView(page, 'liquid-cooling');
    expect(await hover(page, 'liquid-cooling', 'he-liquid-cooling-market-2023')).toBe(true);
    await page.mouse.down();
    await page.mouse.up();
    const mark = page.locator('aside.reader .reader-text[lang="zh"] mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(quoteOf('he-liquid-cooling-market-2023'));
    await expect.poll(() => page.url()).toContain('claim=he-liquid-cooling-market-2023');
    // The sentence is scrolled into view inside the reader's article box.
    const inside = await page.evaluate(() => {
      const m = document.querySelector('aside.reader .reader-text[lang="zh"] mark')!.getBoundingClientRect();
      const box = document.querySelector('.reader-text')!.getBoundingClientRect();
      return m.top >= box.top && m.bottom <= box.bottom && m.bottom <= window.innerHeight;
    });
    expect(inside).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a deep link reopens the same filters and the open claim', async () => {
    const { page, errors } = await openApp(
      browser,
      '?lang=en&topic=liquid_cooling&kind=observed&claim=he-liquid-cooling-growth-2023',
    );
    await page.locator('aside.reader .reader-text[lang="zh"] mark').waitFor();
    expect(await page.locator('aside.reader .reader-text[lang="zh"] mark').textContent()).toBe(
      quoteOf('he-liquid-cooling-growth-2023'),
    );
    await page.screenshot({ path: 'tests/browser/artifacts/deep-link-reader.png' });
    expect(await page.getByRole('checkbox', { name: 'Liquid cooling' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'observed' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await shownIn(page, 'market-size')).toEqual([]);
    // A filter change is written back to the address bar.
    await page.getByRole('checkbox', { name: 'observed' }).uncheck();
    await page.waitForFunction(() => !location.search.includes('kind='));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('falls back calmly on a malformed link or a claim that does not exist', async () => {
    const { page, errors } = await openApp(browser, '?lang=xx&topic=%E0%A4&scale=up&from=abcd&claim=no-such-claim');
    await firstChart(page);
    expect(await page.getByRole('status').first().textContent()).toMatch(/no-such-claim/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(dataset.claims.length);
    expect(errors).toEqual([]);
  });

  it('keeps each chart the size of its box: after the first filter change and after a window resize', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await firstChart(page);
    /** The comparison chart's drawn size against its element's size. */
    const sizes = () =>
      page.evaluate(() => {
        const c = window.__dashboard!.charts().get('compare')!;
        return { drawn: [c.getWidth(), c.getHeight()], box: [c.getDom().clientWidth, c.getDom().clientHeight] };
      });
    const before = await sizes();
    // Fewer claims, fewer rows: the comparison gets shorter.
    await page.getByRole('checkbox', { name: 'observed' }).check();
    await expect.poll(async () => (await sizes()).box[1]).not.toBe(before.box[1]);
    await expect.poll(async () => (await sizes()).drawn).toEqual((await sizes()).box);
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(async () => (await sizes()).box[0]).toBeLessThan(before.box[0]!);
    await expect.poll(async () => (await sizes()).drawn).toEqual((await sizes()).box);
    expect(errors).toEqual([]);
  });

  it('switches labels and number formats with the language', async () => {
    const { page, errors } = await openApp(browser, '?lang=zh');
    await page.locator('#title-market-size').waitFor();
    expect(await page.locator('#title-market-size').textContent()).toBe('市场规模');
    const row = page.locator('tr[data-claim-id="kpmg-compute-core-industry-2025"] td.num').first();
    expect(await row.textContent()).toBe('≥4.4万亿元');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('#title-market-size').textContent()).toBe('Market size');
    expect(await row.textContent()).toBe('≥¥4.4T');
    await expect.poll(() => page.url()).toContain('lang=en'); // the address bar is written after a pause
    expect(errors).toEqual([]);
  });

  it('is usable at 1440 px and at 390 px, in light and dark', async () => {
    for (const [w, h, query, name] of [
      [1440, 900, '?lang=zh&claim=tf-llama-65b-electricity-cost-written', 'dashboard-1440'],
      [390, 844, '?lang=en', 'dashboard-390'],
      [1440, 900, '?lang=en&theme=dark', 'dashboard-1440-dark'],
    ] as const) {
      const { page, errors } = await openApp(browser, query, { width: w, height: h });
      await firstChart(page);
      await scrollThrough(page);
      await page.waitForTimeout(600);
      // Nothing wider than the viewport: the page must not scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} has no horizontal overflow`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `tests/browser/artifacts/${name}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }
  });
});
