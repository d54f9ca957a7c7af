import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { VIEW_IDS } from '../../src/charts/view-types';
import { launchBrowser, openApp } from './browser-session';

// The build writes the dashboard into index.html (scripts/prerender.ts); the app takes it over in place.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWS = VIEW_IDS;
const CLAIMS = readFileSync('data/claims.csv', 'utf8').trim().split('\n').length - 1;

interface Drawn {
  key: string;
  variant: 'wide' | 'narrow';
  width: number;
  height: number;
  option: Record<string, unknown>;
}
const drawnPictures = (lang: string): Drawn[] =>
  JSON.parse(readFileSync(`dist/prerender/pictures-${lang}.json`, 'utf8'));

/**
 * An option as JSON, without its tooltip (the page first draws without it until the tooltip code arrives),
 * numbers to 12 significant digits: Node's and Chromium's Math.pow may differ in the last bit.
 */
function comparable(option: unknown): unknown {
  const o = JSON.parse(JSON.stringify(option), (_k, v: unknown) =>
    typeof v === 'number' ? Number(v.toPrecision(12)) : v,
  ) as Record<string, unknown>;
  delete o['tooltip'];
  return o;
}

/** Records every layout shift from the start of the page's life. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('the prerendered dashboard', () => {
  it('with JavaScript off is a whole document: every chart, the claims with their quotes, the sources', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('AI 算力论断');
    // The comparison's picture is in the page itself; every view's is a picture file beside it.
    const compare = page.locator('.prerendered[data-prerender-lang="zh"] [data-view-chart="compare"] svg').first();
    await expect(compare.isVisible()).resolves.toBe(true);
    expect((await compare.boundingBox())!.width).toBeGreaterThan(1000);
    for (const view of VIEWS) {
      const img = page.locator(`.prerendered[data-prerender-lang="zh"] [data-view-chart="${view}"] img`);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(300);
      // The picture has the chart's data in it: the SVG file has marks, not an empty frame.
      const svg = await (
        await page.request.get(new URL((await img.getAttribute('src')) as string, inject('baseUrl')).href)
      ).text();
      expect(svg.match(/<(path|circle|rect)\b/g)!.length).toBeGreaterThan(20);
      // Each card still credits its sources.
      await expect(
        page.locator(`.prerendered[data-prerender-lang="zh"] [data-view-id="${view}"] .card-credit`).textContent(),
      ).resolves.toMatch(/\S{4,}/);
    }
    // The claims table: every claim, each with its verbatim quote.
    await expect(page.locator('.prerendered[data-prerender-lang="zh"] tbody tr').count()).resolves.toBe(CLAIMS);
    const quote = page.locator(
      '.prerendered[data-prerender-lang="zh"] tr[data-claim-id="he-liquid-cooling-market-2023"] td.quote q',
    );
    await quote.scrollIntoViewIfNeeded();
    await expect(quote.textContent()).resolves.toBe('2023年中国液冷服务器市场规模15.5亿美元');
    await expect(quote.isVisible()).resolves.toBe(true);
    // The English page ships too, hidden without the script that picks the language.
    await expect(page.locator('.prerendered[data-prerender-lang="en"]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  for (const [lang, width] of [
    ['zh', 1440],
    ['en', 1440],
    ['en', 390],
  ] as const) {
    it(`is taken over in place by the app (${lang}, ${width} px): no layout shift, no flash of the other language`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: lang === 'zh' ? 'zh-CN' : 'en-US',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await watchShifts(page);
      const title = lang === 'zh' ? 'AI 算力论断' : 'AI compute claims';
      const boxes = () =>
        [...document.querySelectorAll('[data-view-id]')]
          .filter((e) => e.getClientRects().length)
          .map((e) => [e.getAttribute('data-view-id'), Math.round(e.getBoundingClientRect().top + scrollY)]);
      // The build's page as it stands before the app runs (its modules held back; the language script runs).
      const still = await context.newPage();
      await still.route('**/assets/*.js', (r) => r.abort());
      await still.goto(inject('baseUrl'));
      // It shows the reader's language from the first frame (the script in the head picks it).
      await expect(still.locator('h1:visible').textContent()).resolves.toBe(title);
      const before = await still.evaluate(boxes);
      expect(before).toHaveLength(10);
      await still.close();
      await page.goto(inject('baseUrl'));
      // The app takes over: the comparison draws itself and its picture goes; the later parts arrive.
      await page.locator('[data-view-chart="compare"] canvas').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-view-chart="compare"] .prerender-slot'));
      await page.waitForFunction(() => !document.querySelector('[data-build-html], .prerendered'));
      const after = await page.evaluate(boxes);
      expect(after).toEqual(before);
      const cls = await page.evaluate(() =>
        (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
      );
      expect(cls).toBeLessThanOrEqual(0.02);
      // Charts away from the viewport keep their picture until they are drawn.
      await expect(page.locator('[data-view-id="timeline"] .prerender-slot img').count()).resolves.toBe(1);
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('answers the pointer on the first screen before the app has loaded, with the tooltip the app then shows', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    // The build's page with the app's own code held back: only the small hover script runs.
    const still = await context.newPage();
    await still.route('**/assets/index-*.js', (r) => r.abort());
    await still.goto(inject('baseUrl'));
    await still.locator('[data-view-chart="compare"] [data-answers="pointer"]').waitFor({ state: 'attached' });
    // A point of the comparison: its centre, where the app's chart will have the same point.
    const mark = still
      .locator('[data-view-chart="compare"] .pic-wide svg [ecmeta_ssr_type="chart"][ecmeta_series_index]')
      .last();
    const box = (await mark.boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await still.mouse.move(at.x, at.y);
    const tip = still.locator('.pic-tip:not([hidden]) .claim-tooltip');
    await tip.waitFor();
    const pictureTip = (await tip.innerHTML()).trim();
    expect(pictureTip).toContain('tt-quote');
    // The tooltip stays inside the chart's box, as the app's (confined) does.
    const tipBox = (await still.locator('.pic-tip:not([hidden])').boundingBox())!;
    const chartBox = (await still.locator('.prerendered:visible [data-view-chart="compare"]').boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(chartBox.x - 1);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(chartBox.x + chartBox.width + 1);
    mkdirSync('tests/browser/artifacts', { recursive: true });
    await still.screenshot({ path: 'tests/browser/artifacts/prerendered-tooltip-en-1440.png' });
    await still.close();
    // The app, once it has taken over, shows the very same tooltip at the same point.
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => !document.querySelector('[data-view-chart="compare"] .prerender-slot'));
    await expect(page.locator('.pic-tip').count()).resolves.toBe(0);
    await page.mouse.move(at.x + 40, at.y + 40);
    await page.mouse.move(at.x, at.y);
    const appTip = page.locator('[data-view-chart="compare"] .claim-tooltip');
    await expect.poll(async () => (await appTip.count()) > 0 && (await appTip.last().isVisible())).toBe(true);
    expect((await appTip.last().innerHTML()).trim()).toBe(pictureTip);
    await context.close();
  });

  it('keeps what the reader clicks and types before the app has loaded, and does it on the app’s page', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    // The app's code is held back until the reader has acted on the build's page.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/assets/start-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    await page.locator('[data-view-chart="compare"] [data-answers="pointer"]').waitFor({ state: 'attached' });
    const filters = page.locator('.prerendered:visible section.filters');
    await filters.locator('label.chip', { hasText: /^observed$/ }).click();
    await filters.getByPlaceholder('2020').fill('2023');
    await filters.getByPlaceholder('2020').press('Tab');
    await expect(page.evaluate(() => document.documentElement.hasAttribute('data-pending'))).resolves.toBe(true);
    release();
    await page.waitForFunction(() => !document.querySelector('.prerendered'));
    // The app's own controls now say what the reader did, and the page's state (its link) follows them.
    const chip = page.locator('section.filters label.chip', { hasText: /^observed$/ }).locator('input');
    await expect.poll(() => chip.isChecked()).toBe(true);
    await expect.poll(() => page.locator('section.filters').getByPlaceholder('2020').inputValue()).toBe('2023');
    await expect.poll(() => new URL(page.url()).search).toMatch(/observed/);
    await expect.poll(() => new URL(page.url()).search).toMatch(/2023/);
    await expect(page.evaluate(() => document.documentElement.hasAttribute('data-pending'))).resolves.toBe(false);
    await context.close();
  });

  it('draws each picture from the very option the page draws first, at the same size and in the same language', async () => {
    for (const [lang, width, variant] of [
      ['en', 1440, 'wide'],
      ['zh', 390, 'narrow'],
    ] as const) {
      const drawn = drawnPictures(lang).filter((d) => d.variant === variant);
      expect(drawn.map((d) => d.key).sort()).toEqual(['compare', ...VIEWS].sort());
      const { page } = await openApp(browser, `?lang=${lang}`, { width, height: 900 });
      await page.waitForFunction(() => !document.querySelector('[data-build-html], .prerendered'));
      for (const d of drawn) {
        await page.locator(`[data-view-id="${d.key}"]`).scrollIntoViewIfNeeded();
        const box = page.locator(`[data-view-chart="${d.key}"]`);
        await box.locator('canvas').first().waitFor();
        const size = await box.evaluate((e) => [Math.round(e.clientWidth), Math.round(e.clientHeight)]);
        expect([d.key, ...size]).toEqual([d.key, d.width, d.height]);
        const first = await page.evaluate((k) => JSON.stringify(window.__dashboard!.firstOptions().get(k)), d.key);
        expect(comparable(JSON.parse(first)), `${lang} ${d.key}`).toEqual(comparable(d.option));
      }
      await page.context().close();
    }
  });

  it('shows the first screen before the app’s JavaScript runs (screenshots)', async () => {
    mkdirSync('tests/browser/artifacts', { recursive: true });
    for (const lang of ['zh', 'en'])
      for (const width of [1440, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        // Only the app's modules are held back: the language script in the head runs, as it does first.
        await page.route('**/assets/*.js', (r) => r.abort());
        await page.goto(`${inject('baseUrl')}?lang=${lang}`);
        await expect(page.locator('h1:visible').textContent()).resolves.toBe(
          lang === 'zh' ? 'AI 算力论断' : 'AI compute claims',
        );
        await page.screenshot({ path: `tests/browser/artifacts/prerendered-${lang}-${width}.png` });
        await context.close();
      }
  });
});
