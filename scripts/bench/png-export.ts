import type { Download, Page } from 'playwright-core';
import { budgetRow, infoRow, type Row } from './report';
import { median, ms } from './stats';

/** PNG exports of one view at the default preset (1920×1080, pixel ratio 1). */
export interface PngExport {
  available: boolean;
  samples: number[];
  median: number;
  /** Suggested name of the last file: it carries the pixel size, checked here. */
  file: string;
}

/**
 * Times a click on the view's PNG export button until the browser's download event, `runs` times. The first
 * run includes fetching the lazily loaded export chunks, as a user's first export does.
 */
export async function measurePngExport(page: Page, view: string, runs: number): Promise<PngExport> {
  const menu = `[data-export-menu="${view}"]`;
  const button = page.locator(`${menu} button[data-format="png"]`);
  const toggle = page.locator(`${menu} button[data-export-toggle]`);
  // The view cards load once the page is first idle, and a menu's panel when it is first opened.
  const wired = await toggle.waitFor({ timeout: 30_000 }).then(
    () => true,
    () => false,
  );
  if (!wired) return { available: false, samples: [], median: NaN, file: '' };
  await page.locator(`[data-view-id="${view}"]`).scrollIntoViewIfNeeded();
  await toggle.click();
  await button.waitFor({ timeout: 30_000 });
  const samples: number[] = [];
  let file = '';
  for (let i = 0; i < runs; i++) {
    await page.waitForFunction(
      (sel) => !document.querySelector<HTMLButtonElement>(sel)?.disabled,
      `${menu} button[data-format="png"]`,
    );
    const started = performance.now();
    // A DOM click, not locator.click(): Playwright's actionability checks would be timed too.
    const [download]: [Download, void] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      button.evaluate((b: HTMLButtonElement) => b.click()),
    ]);
    samples.push(performance.now() - started);
    file = download.suggestedFilename();
    await download.delete();
  }
  if (!file.includes('1920x1080')) throw new Error(`the export was not 1920×1080: ${file}`);
  return { available: true, samples, median: median(samples), file };
}

/** Table row: median export time against the budget, or n/a when the page has no export button. */
export function pngRows(r: PngExport): Row[] {
  const figure = `PNG export 1920×1080, click → download (median of ${r.samples.length || 5})`;
  if (!r.available)
    return [{ ...infoRow('png-export-ms', figure, 'n/a (export not wired)'), budget: '≤ 400 ms', verdict: 'n/a' }];
  const first = r.samples[0] ?? NaN;
  return [budgetRow('png-export-ms', figure, r.median, `${ms(r.median)} (first ${ms(first)})`, 400, '400 ms')];
}
