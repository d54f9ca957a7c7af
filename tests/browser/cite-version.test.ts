import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { datasetVersion } from '../../src/data/dataset-version';
import { loadDataset } from '../../src/data/load-dataset';
import { toCsv, userRow } from '../fixtures/import-fixtures';
import { launchBrowser, openApp, showView, tookOver } from './browser-session';

// Issue 13: the dataset version on the page and in the exports, "Cite", renamed claim links, and CSV
// downloads that a spreadsheet cannot run as formulas.
const files = readDatasetFiles('data');
const dataset = loadDataset(files);
const version = datasetVersion(files);
const ARTIFACTS = 'tests/browser/artifacts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks a button and returns the text of the file it downloads. */
async function downloadText(page: Page, selector: string): Promise<string> {
  const [d]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

/** Picks a file through the import panel and waits until this import has finished. */
async function importFile(page: Page, name: string, text: string) {
  await page
    .locator('#import input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForFunction((n) => {
    const el = document.querySelector('#import [data-status]');
    return !!el && el.getAttribute('data-status') !== 'working' && (el.textContent ?? '').includes(n);
  }, name);
}

const HYPERLINK = '=HYPERLINK("https://evil.example","click")';

describe('the dataset version, citations and stable links in Chromium', () => {
  it('shows the version the build computed in the header and in an exported figure’s footer', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await expect.poll(() => page.locator('[data-dataset-version]').textContent()).toBe(`Dataset version ${version}`);
    await showView(page, 'liquid-cooling');
    await page.locator('[data-export-menu="liquid-cooling"] button[data-export-toggle]').click();
    const svg = await downloadText(page, '[data-export-menu="liquid-cooling"] button[data-format="svg"]');
    expect(svg).toContain(`AI compute claims · data/claims.csv · dataset version ${version}`);
    expect(errors).toEqual([]);
  });

  it('cites a chart in plain text, APA and BibTeX, and copies one', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
    await showView(page, 'liquid-cooling');
    const card = page.locator('[data-view-id="liquid-cooling"]');
    const title = (await card.locator('h2').textContent())!;
    await card.getByRole('button', { name: 'Cite' }).click();
    const panel = card.getByRole('region', { name: 'Cite this chart' });
    const url = `${new URL(inject('baseUrl')).origin}/?view=liquid-cooling`;
    const apa = (await panel.locator('[data-cite-format="apa"]').textContent())!;
    expect(apa).toContain(`AI compute claims. (n.d.). ${title} [Chart; data set version ${version}]. Retrieved `);
    expect(apa).toContain(`, from ${url}`);
    expect(await panel.locator('[data-cite-format="plain"]').textContent()).toContain(
      `(dataset version ${version}). ${url}`,
    );
    const bibtex = (await panel.locator('[data-cite-format="bibtex"]').textContent())!;
    expect(bibtex).toContain(`@misc{ai-compute-claims-liquid-cooling-${version},`);
    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Copied: BibTeX.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    // The panel stays inside the screen.
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    await card.screenshot({ path: `${ARTIFACTS}/cite-panel-1440-en.png` });
    expect(errors).toEqual([]);
  });

  it('opens the Chinese cite panel on a phone, fully on screen', async () => {
    const { page, errors } = await openApp(browser, '?lang=zh', { width: 390, height: 844 });
    await showView(page, 'liquid-cooling');
    const card = page.locator('[data-view-id="liquid-cooling"]');
    await card.getByRole('button', { name: '引用' }).click();
    const panel = card.getByRole('region', { name: '引用此图' });
    expect(await panel.locator('[data-cite-format="plain"]').textContent()).toContain(`数据集版本 ${version}`);
    await panel.getByRole('button', { name: '复制 APA' }).waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Taller than the room under the button: it opens above, or scrolls inside, but never runs off the screen.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: `${ARTIFACTS}/cite-panel-390-zh.png` });
    expect(await page.locator('[data-dataset-version]').textContent()).toBe(`数据集版本 ${version}`);
    expect(errors).toEqual([]);
  });

  it('opens an old link to a renamed claim on the claim it became, with a notice', async () => {
    const target = dataset.claims[0]!.id;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The shipped dataset has no renames yet: the test gives its JSON one, as data/claim-renames.csv would.
    await page.route('**/assets/dataset-*.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      await route.fulfill({ response, json: { ...json, renames: [['an-old-claim-id', target]] } });
    });
    await page.goto(`${inject('baseUrl')}?lang=en&claim=an-old-claim-id`);
    await tookOver(page);
    const notice = page.locator('[data-claim-renamed]');
    await expect.poll(() => notice.textContent()).toBe(`This claim was renamed: an-old-claim-id → ${target}`);
    await page.locator('aside.reader').waitFor();
    expect(new URL(page.url()).searchParams.get('claim')).toBe(target);
    await page.screenshot({ path: `${ARTIFACTS}/claim-renamed-1440-en.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads formula-looking imported text escaped, and imports the download back intact', async () => {
    const { page, errors } = await openApp(browser, '?lang=en');
    const rows = [
      userRow({
        id: 'formula-label',
        label_en: HYPERLINK,
        label_zh: HYPERLINK,
        quote: '+1 我们的集群算力达到2.5EFlops',
      }),
      userRow({
        id: 'formula-quote',
        quote: `${HYPERLINK}我们的集群算力达到3EFlops`,
        figure: '3EFlops',
        value: '3',
        label_en: '+1 cluster',
        label_zh: '+1 集群',
      }),
      userRow({ id: 'formula-rejected', label_en: '@SUM(A1:A9)', value: '9' }),
    ];
    await importFile(page, 'formulas.csv', toCsv(rows));
    const status = page.locator('#import [role="status"]');
    expect(await status.textContent()).toContain('Imported 2 of 3 rows from formulas.csv');

    // The rejected row comes back escaped (its download sits in the folded list of problems).
    await page.locator('#import details summary').click();
    const rejected = Papa.parse<Record<string, string>>(
      (await downloadText(page, '#import button:has-text("Download the rejected rows")')).replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(rejected.map((r) => [r.id, r.label_en, r.value])).toEqual([['formula-rejected', "'@SUM(A1:A9)", '9']]);

    // The claims download: every formula-looking text cell has its quote, numbers stay numbers.
    const csv = await downloadText(page, '[data-export-all] button[data-action="csv"]');
    const got = new Map(
      Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.map(
        (r) => [r.id, r],
      ),
    );
    expect(got.get('formula-label')).toMatchObject({
      label_en: `'${HYPERLINK}`,
      quote: "'+1 我们的集群算力达到2.5EFlops",
      value: '2.5',
    });
    expect(got.get('formula-quote')).toMatchObject({
      quote: `'${HYPERLINK}我们的集群算力达到3EFlops`,
      label_en: "'+1 cluster",
      value: '3',
    });
    expect(got.get('formula-quote')!.dataset_version).toBe(version);
    for (const r of got.values()) for (const cell of Object.values(r)) expect(cell, r.id).not.toMatch(/^[=+@\t\r]/);
    const json = JSON.parse(await downloadText(page, '[data-export-all] button[data-action="json"]'));
    expect(json.version).toBe(version);

    // Back in: the same text as imported, without the quotes the download added.
    await page.getByRole('button', { name: 'Remove imported data' }).click();
    await importFile(page, 'claims-download.csv', csv);
    expect(await status.textContent()).toContain(
      `Imported 2 of ${dataset.claims.length + 2} rows from claims-download.csv`,
    );
    const label = page.locator('tr[data-claim-id="formula-label"] th');
    await expect.poll(() => label.textContent()).toContain(HYPERLINK);
    expect(await label.textContent()).not.toContain(`'${HYPERLINK}`);
    await page.locator('tr[data-claim-id="formula-quote"]').click();
    expect(await page.locator('aside.reader [data-testid="your-data"] blockquote').textContent()).toBe(
      `${HYPERLINK}我们的集群算力达到3EFlops`,
    );
    await page.getByRole('button', { name: 'Remove imported data' }).click();
    expect(errors).toEqual([]);
  });
});
