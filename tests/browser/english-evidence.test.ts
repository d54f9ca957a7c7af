import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { sentencesCovering } from '../../src/data/article-translation';
import { loadDataset } from '../../src/data/load-dataset';
import { hoverUntilTooltip, launchBrowser, openApp } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const claimOf = (id: string) => dataset.claims.find((c) => c.id === id)!;
const ID = 'he-liquid-cooling-market-2023';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/browser/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('an English reader can check a figure', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`at ${viewport.width} px: the tooltip gives the translation above the original, the reader the aligned sentence`, async () => {
      const claim = claimOf(ID);
      const { page, errors } = await openApp(browser, '?lang=en', viewport, 'en-US');
      const tip = await hoverUntilTooltip(page, 'liquid-cooling', ID);
      const english = tip.locator('blockquote.tt-quote-en');
      await expect.poll(() => english.textContent()).toBe(claim.quoteEn);
      expect(await english.locator('b').textContent()).toBe('1.55 billion');
      expect(await tip.locator('blockquote[lang="zh"]').textContent()).toBe(claim.quote);
      expect(await tip.locator('blockquote[lang="zh"] b').textContent()).toBe(claim.figure);
      const text = (await tip.textContent())!;
      expect(text).toContain("Translation (by the dataset's curators, not the outlet)");
      expect(text.indexOf(claim.quoteEn)).toBeLessThan(text.indexOf(claim.quote));
      expect(text).toContain('Said by: He Baohong (CAICT)');
      await page.screenshot({ path: `tests/browser/artifacts/en-tooltip-${viewport.width}.png` });

      await page.mouse.down();
      await page.mouse.up();
      const reader = page.locator('aside.reader');
      await reader.waitFor();
      // The original with the quote marked, and the aligned English with the same sentence marked.
      expect(await reader.locator('.reader-text[lang="zh"] mark').textContent()).toBe(claim.quote);
      const pane = page.getByRole('region', { name: "English translation (by the dataset's curators)" });
      const marked = pane.locator('mark');
      await marked.first().waitFor();
      const expected = sentencesCovering(dataset.translations.get(claim.sourceId)!, dataset.offsets.get(ID)!).map(
        (s) => s.english,
      );
      expect(await marked.allTextContents()).toEqual(expected);
      // Both boxes are scrolled to their marks.
      for (const box of [reader.locator('.reader-text[lang="zh"]'), pane.locator('.reader-text')]) {
        const inside = await box.evaluate((el) => {
          const m = el.querySelector('mark')!.getBoundingClientRect();
          const b = el.getBoundingClientRect();
          return m.top >= b.top - 1 && m.top <= b.bottom;
        });
        expect(inside).toBe(true);
      }
      // The switch reads the whole translation, still marked at the same sentence.
      const before = await pane.locator('.reader-text').evaluate((el) => el.textContent!.length);
      await pane.getByRole('switch', { name: 'Read the whole translation' }).check();
      await expect
        .poll(() => pane.locator('.reader-text').evaluate((el) => el.textContent!.length))
        .toBeGreaterThan(before);
      expect(await marked.allTextContents()).toEqual(expected);
      await page.screenshot({ path: `tests/browser/artifacts/en-reader-${viewport.width}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('the table finds a claim by its translation and shows it under the original', async () => {
    const { page } = await openApp(browser, '?lang=en', { width: 1440, height: 900 }, 'en-US');
    const search = page.getByRole('searchbox', { name: 'Search claims' });
    await search.fill('liquid-cooled server market reached');
    const row = page.locator(`tr[data-claim-id="${ID}"]`);
    await row.waitFor();
    expect(await row.locator('.quote-en').textContent()).toContain(claimOf(ID).quoteEn);
  });

  it('the Chinese UI stays as it was: the original alone', async () => {
    const { page } = await openApp(browser, '?lang=zh', { width: 1440, height: 900 });
    const tip = await hoverUntilTooltip(page, 'liquid-cooling', ID);
    expect(await tip.locator('blockquote').count()).toBe(1);
    expect(await tip.locator('blockquote').textContent()).toBe(claimOf(ID).quote);
  });
});
