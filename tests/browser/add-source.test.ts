import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverUntilTooltip, launchBrowser, openApp, showView, tookOver } from './browser-session';

// A paragraph nobody curated: two market sizes of liquid-cooled servers, one observed, one forecast.
const SENTENCE_1 = '2024年中国液冷服务器市场规模为23.7亿美元,同比增长53%。';
const SENTENCE_2 = '据某研究机构预测,到2027年中国液冷服务器市场规模将达到89亿美元。';
const PARAGRAPH = `液冷服务器加速普及\n\n${SENTENCE_1}${SENTENCE_2}`;
const TITLE = '液冷服务器加速普及';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('tests/browser/artifacts', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Add a source' });

/** Sets a candidate's topic and metric as a curator would, then accepts it. */
async function acceptCandidate(card: Locator): Promise<void> {
  await card.getByLabel('Topic').selectOption('liquid_cooling');
  await card.getByLabel('Metric').selectOption('market_size');
  await card.getByRole('button', { name: 'Accept' }).click();
  await card.getByText('Accepted').waitFor();
}

/** Whether a view says it draws a claim. */
const draws = async (page: Page, view: string, claimId: string) =>
  ((await page.locator(`[data-view-id="${view}"]`).getAttribute('data-shown-claims')) ?? '')
    .split(' ')
    .includes(claimId);

describe('bring your own source in Chromium', () => {
  it('paste a paragraph, accept two candidates, see them charted with provenance; kept after a reload; removed', async () => {
    const { page, errors } = await openApp(browser, '?lang=en', { width: 1440, height: 900 }, 'en-US');
    const add = panel(page);
    await add.scrollIntoViewIfNeeded();
    await add.getByLabel('Article text').fill(PARAGRAPH);
    await add.getByLabel('Title').fill(TITLE);
    await add.getByLabel('Date').fill('2025-06-01');
    await add.getByRole('button', { name: 'Find claims' }).click();
    await add.getByText(/candidate claims in \d+ sentences/).waitFor();

    await acceptCandidate(add.locator('li.candidate[aria-label*="23.7亿"]'));
    await acceptCandidate(add.locator('li.candidate[aria-label*="89亿"]'));
    const sourceId = await add.locator('[data-user-source]').getAttribute('data-user-source');
    expect(sourceId).toMatch(/^yours-[0-9a-f]{8}$/);
    await page.screenshot({ path: 'tests/browser/artifacts/add-source-1440.png' });
    // The same article again is recognised, not kept twice.
    await add.getByRole('button', { name: 'Find claims' }).click();
    await expect.poll(() => add.getByRole('status').textContent()).toContain('This article is already kept');
    expect(await add.locator('[data-user-source]').count()).toBe(1);

    // The accepted claims are in the chart, with the sentence and "your data" in the tooltip.
    const tip = await hoverUntilTooltip(page, 'liquid-cooling', `${sourceId}-1`);
    await expect.poll(() => tip.textContent()).toContain(SENTENCE_1.replace(/,同比增长53%。$/, ''));
    expect(await tip.textContent()).toContain(`Your data: ${TITLE}`);
    await page.screenshot({ path: 'tests/browser/artifacts/add-source-tooltip.png' });
    // …and the reader marks the sentence inside the pasted article.
    await page.mouse.down();
    await page.mouse.up();
    const mark = page.locator('aside.reader .reader-text mark').first();
    await mark.waitFor();
    expect(SENTENCE_1).toContain((await mark.textContent())!.trim());
    expect(await page.locator('aside.reader .reader-text').first().textContent()).toContain(SENTENCE_2);
    await page.getByRole('button', { name: 'Close the source' }).click();

    // Kept in IndexedDB: still there after a reload.
    await page.reload();
    await tookOver(page);
    await showView(page, 'liquid-cooling');
    await expect.poll(() => draws(page, 'liquid-cooling', `${sourceId}-2`), { timeout: 15000 }).toBe(true);
    expect(await draws(page, 'liquid-cooling', `${sourceId}-1`)).toBe(true);

    // Removed: gone from the chart and from the list.
    const again = panel(page);
    await again.scrollIntoViewIfNeeded();
    await again.getByRole('button', { name: `Remove “${TITLE}”` }).click();
    await expect.poll(() => draws(page, 'liquid-cooling', `${sourceId}-1`)).toBe(false);
    expect(await again.locator('[data-user-source]').count()).toBe(0);
    await page.reload();
    await tookOver(page);
    await showView(page, 'liquid-cooling');
    expect(await draws(page, 'liquid-cooling', `${sourceId}-1`)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('says so calmly for an empty paste and for an article without figures', async () => {
    const { page } = await openApp(browser, '?lang=en', { width: 1440, height: 900 }, 'en-US');
    const add = panel(page);
    await add.scrollIntoViewIfNeeded();
    const status = add.getByRole('status');
    await add.getByRole('button', { name: 'Find claims' }).click();
    await expect.poll(() => status.textContent()).toContain('the article is empty');
    await add.getByLabel('Article text').fill('这是一段没有任何数字的文字。它只谈论趋势。');
    await add.getByRole('button', { name: 'Find claims' }).click();
    await expect.poll(() => status.textContent()).toContain('No figures found');
  });
});
