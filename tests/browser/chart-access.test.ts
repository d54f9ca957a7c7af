import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';
import { launchBrowser, scrollThrough, showView, viewsLoaded, tookOver } from './browser-session';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const dataset = loadDataset(readDatasetFiles('data'));
const byId = new Map(dataset.claims.map((c) => [c.id, c]));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/browser/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the app as openApp does, but in a context that lets axe-core's script in: the page's Content Security
 * Policy allows only its own scripts, and axe is injected by the test.
 */
async function openForAudit(query: string, viewport: { width: number; height: number }, lang: 'zh' | 'en') {
  const context = await browser.newContext({ viewport, locale: lang === 'zh' ? 'zh-CN' : 'en-US', bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('baseUrl')}${query}`);
  await tookOver(page);
  return { page, errors };
}

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core over the whole document; every violation with its impact and where. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
    }
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

const serious = (vs: Violation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Tabs from the control just before a view's chart: the chart itself must be the next stop. */
async function tabToChart(page: Page, view: string): Promise<void> {
  await showView(page, view);
  // A card's header ends with Export, then Cite (the comparison has no Cite): the chart is the next stop.
  await page
    .locator(`[data-view-id="${view}"] [data-export-toggle], [data-view-id="${view}"] [data-cite-menu] > button`)
    .last()
    .focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.viewChart)).toBe(view);
}

const host = (page: Page, view: string) => page.locator(`[data-view-chart="${view}"]`);

/** The claim the live region speaks of: the one whose quote (or curators' translation) it ends with. */
function claimAnnounced(text: string, ids: readonly string[], lang: 'zh' | 'en') {
  return ids.map((id) => byId.get(id)!).find((c) => text.endsWith(lang === 'zh' ? `「${c.quote}」` : `“${c.quoteEn}”`));
}

describe('a keyboard reaches every point of a chart', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width} px in Chinese: Tab to the chart, arrows step through its points with their quotes announced, Enter opens the source`, async () => {
      const { page, errors } = await openForAudit('', viewport, 'zh');
      const view = 'liquid-cooling';
      await tabToChart(page, view);
      const chart = host(page, view);
      expect(await chart.getAttribute('role')).toBe('application');
      // The focus ring is on the chart's box.
      expect(await chart.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      const shown = (await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims'))!.split(' ');
      const live = page.locator(`[data-chart-live="${view}"]`);
      expect(await live.getAttribute('aria-live')).toBe('polite');

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => live.textContent()).toMatch(new RegExp(`^第 1 个，共 ${shown.length} 个。`));
      const first = claimAnnounced((await live.textContent())!, shown, 'zh');
      expect(first, 'the live region ends with the verbatim quote of a claim of this view').toBeTruthy();
      // The focused point shows its tooltip, the same one the mouse gets.
      const tip = page.locator(`[data-view-id="${view}"] .claim-tooltip`);
      await tip.waitFor({ state: 'visible' });
      expect(await tip.locator('blockquote[lang="zh"]').textContent()).toBe(first!.quote);
      await page.screenshot({ path: `tests/browser/artifacts/chart-keyboard-zh-${viewport.width}.png` });

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => live.textContent()).toMatch(/^第 2 个/);
      await page.keyboard.press('End');
      await expect.poll(() => live.textContent()).toMatch(new RegExp(`^第 ${shown.length} 个`));
      await page.keyboard.press('Home');
      await expect.poll(() => live.textContent()).toMatch(/^第 1 个/);
      // Escape leaves the point: the tooltip goes, the chart keeps the focus.
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'hidden' });
      expect(await live.textContent()).toBe('');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => live.textContent()).toMatch(/^第 1 个/);

      await page.keyboard.press('Enter');
      // The reader's code loads when a claim is first opened: wait for the reader itself, not its placeholder.
      const reader = page.locator(`aside.reader[data-claim-id="${first!.id}"]`);
      await reader.waitFor();
      expect(await reader.locator('.reader-text[lang="zh"] mark').textContent()).toBe(first!.quote);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('in English: the comparison is one Tab stop, the live region gives the translation, and the next Tab leaves the chart', async () => {
    const { page, errors } = await openForAudit('?lang=en', { width: 1440, height: 900 }, 'en');
    const view = 'compare';
    await tabToChart(page, view);
    const shown = (await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims'))!.split(' ');
    const live = page.locator(`[data-chart-live="${view}"]`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live.textContent()).toMatch(new RegExp(`^Point 1 of ${shown.length}\\. .+\\. Said by `));
    const claim = claimAnnounced((await live.textContent())!, shown, 'en');
    expect(claim, 'the live region ends with the curators’ translation of a compared claim').toBeTruthy();
    expect(await live.textContent()).toContain("Translation (by the dataset's curators, not the outlet)");
    // The first chart is drawn before the tooltip code arrives; once it has, the focused point shows its tooltip.
    const tip = page.locator(`[data-view-id="${view}"] .claim-tooltip`);
    await expect
      .poll(async () => {
        await page.keyboard.press('Home');
        return tip.isVisible();
      })
      .toBe(true);
    expect(await tip.locator('blockquote.tt-quote-en').textContent()).toBe(claim!.quoteEn);
    // The description under the chart is the chart's accessible description.
    const described = await page.locator(`[data-view-chart="${view}"]`).evaluate((el) =>
      el
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? ''),
    );
    expect(described[0]).toMatch(new RegExp(`${shown.length} claims from \\d+ sources: .+\\. In `));
    expect(described[1]).toContain('arrow keys');
    // ECharts' own aria label carries the same description.
    expect(await host(page, view).locator('[aria-label]').first().getAttribute('aria-label')).toBe(described[0]);
    const about = page.locator('#compare details.chart-about');
    expect(await about.locator('summary').textContent()).toBe('About this chart');
    await about.locator('summary').click();
    await host(page, view).focus();
    await page.keyboard.press('ArrowDown');
    await tip.waitFor({ state: 'visible' });
    await page.screenshot({ path: 'tests/browser/artifacts/chart-keyboard-en-1440.png' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-view-chart]'))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('axe-core finds no serious or critical violation', () => {
  const runs = [
    { lang: 'zh', theme: 'light', width: 1440 },
    { lang: 'en', theme: 'light', width: 1440 },
    { lang: 'zh', theme: 'dark', width: 1440 },
    { lang: 'en', theme: 'dark', width: 1440 },
    { lang: 'zh', theme: 'light', width: 390 },
    { lang: 'en', theme: 'dark', width: 390 },
  ] as const;
  for (const { lang, theme, width } of runs) {
    it(`over the whole page in ${lang === 'zh' ? 'Chinese' : 'English'}, ${theme} theme, at ${width} px`, async () => {
      const { page, errors } = await openForAudit(`?lang=${lang}&theme=${theme}`, { width, height: 900 }, lang);
      await viewsLoaded(page);
      await scrollThrough(page);
      // Every disclosure open, so what is inside them is checked too (chart descriptions, omitted claims).
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await axeViolations(page);
      if (violations.length) console.log(`${lang} ${theme} ${width}:`, JSON.stringify(violations, null, 1));
      expect(serious(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('with the source reader open, in English', async () => {
    const { page } = await openForAudit(
      '?lang=en&claim=he-liquid-cooling-market-2023',
      { width: 1440, height: 900 },
      'en',
    );
    await page.locator('aside.reader mark').first().waitFor();
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.context().close();
  });
});
