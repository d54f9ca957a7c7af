import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { QUESTIONS } from '../../src/domain/compare/questions';
import { loadDataset } from '../../src/data/load-dataset';
import { launchBrowser, openApp, tookOver } from './browser-session';

const dataset = loadDataset(readDatasetFiles('data'));
const growthIds = dataset.claims.filter(QUESTIONS.find((q) => q.id === 'compute-growth')!.select).map((c) => c.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('compare and audit in Chromium', () => {
  it('compares every AI compute growth claim in one unit, and switching the unit re-labels the axis', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    const panel = page.locator('#compare');
    await panel.locator('canvas').first().waitFor();
    expect(await panel.locator('.compare-controls select').inputValue()).toBe('compute-growth');
    const shown = (await panel.locator('[data-view-id="compare"]').getAttribute('data-shown-claims'))!.split(' ');
    expect([...shown].sort()).toEqual([...growthIds].sort());
    expect(await panel.getByTestId('spread').textContent()).toMatch(/Longest .* shortest .* spread/);
    // The first chart is drawn before the tooltip code arrives (it loads when the browser is idle); once it
    // has, hovering a point shows that claim's verbatim quote.
    const id = 'tq-frontier-compute-yearly';
    const quote = dataset.claims.find((c) => c.id === id)!.quote;
    const tip = panel.locator('.claim-tooltip');
    let tipText = '';
    await panel.locator('[data-view-chart="compare"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    for (let attempt = 0; attempt < 20 && !tipText.includes(quote); attempt++) {
      const xy = await page.evaluate((c) => window.__dashboard!.claimMarkCenter('compare', c), id);
      expect(xy, 'the comparison draws the claim').toBeTruthy();
      await page.mouse.move(2, 2);
      await page.mouse.move(xy![0], xy![1], { steps: 3 });
      tipText = (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : '';
      if (!tipText.includes(quote)) await page.waitForTimeout(250);
    }
    expect(tipText).toContain(quote);
    await panel.getByRole('button', { name: '× per year' }).click();
    await page.waitForFunction(() => location.search.includes('unit=x_per_year'));
    expect(await panel.getByTestId('spread').textContent()).toMatch(/^Highest ×4,096 per year/);
    expect(errors).toEqual([]);
  });

  it('pins two claims from the table; after a reload the pins are still there', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await page.locator('tbody tr').first().waitFor();
    for (const id of ['tq-frontier-compute-yearly', 'gba-compute-growth-recent']) {
      await page.locator(`tr[data-claim-id="${id}"] button.pin`).click();
    }
    // The address bar is rewritten after a pause, so it may show the first pin alone for a moment.
    await page.waitForFunction(() => location.search.includes('pins=tq-frontier-compute-yearly%2C'));
    expect(page.url()).toContain('pins=tq-frontier-compute-yearly%2Cgba-compute-growth-recent');
    await page.reload();
    await tookOver(page);
    await page.locator('#compare .pin-chip').first().waitFor();
    const pinned = await page
      .locator('#compare .pin-chip')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-pinned-id')));
    expect(pinned).toEqual(['tq-frontier-compute-yearly', 'gba-compute-growth-recent']);
    expect(
      await page.locator('tr[data-claim-id="gba-compute-growth-recent"] button.pin').getAttribute('aria-pressed'),
    ).toBe('true');
    // Comparing the pins draws both in one unit.
    await page.getByRole('button', { name: 'Compare pinned claims' }).click();
    const pinView = page.locator('#compare [data-view-id^="compare-pins-"]');
    await pinView.locator('canvas').first().waitFor();
    expect((await pinView.getAttribute('data-shown-claims'))!.split(' ').sort()).toEqual([
      'gba-compute-growth-recent',
      'tq-frontier-compute-yearly',
    ]);
    expect(errors).toEqual([]);
  });

  it('lists the audit findings with their computation, and the reader shows a claim’s findings', async () => {
    const { page, errors } = await openApp(browser, '?lang=en&claim=tf-llama-65b-electricity-cost-written');
    const audit = page.locator('#audit');
    await audit.waitFor();
    expect(await audit.locator('.finding.error').count()).toBeGreaterThanOrEqual(4);
    const arithmetic = audit.locator('[data-finding-id^="stated-arithmetic:"]');
    expect(await arithmetic.textContent()).toContain('449 × 1,022,362 × 0.87');
    expect(await arithmetic.textContent()).toContain('399,365,268.06');
    const readerFindings = page.locator('aside.reader .reader-findings');
    expect(await readerFindings.textContent()).toContain('does not hold');
    // Flagged claims carry a badge in the table too.
    expect(await page.locator('tr[data-claim-id="tf-llama-65b-electricity-cost-written"] .badge-flag').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
