// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportAllBar } from '../../src/components/ExportAllBar';
import { ExportError } from '../../src/domain/export-error';
import type { BatchSettings, ExportView } from '../../src/export/render-all';
import { dataset, sources } from './dataset';

// Rendering figures needs a browser's canvas (the browser tests cover it); here the batch is a stub that
// reports progress the way the real one does, and can be made to fail.
let finish: () => void = () => {};
let failure: Error | undefined;
async function batch(views: readonly ExportView[], s: BatchSettings, fileName: string) {
  s.onProgress?.(0, views.length, views[0]!.title);
  await new Promise<void>((resolve) => (finish = resolve));
  if (failure) throw failure;
  return { blob: new Blob(['x']), fileName, failed: [{ viewId: 'timeline', title: 'Timeline', message: 'boom' }] };
}
vi.mock('../../src/export/zip-export', () => ({
  exportZip: (v: readonly ExportView[], s: BatchSettings) => batch(v, s, 'all.zip'),
}));
vi.mock('../../src/export/pptx-export', () => ({
  exportDeck: (v: readonly ExportView[], s: BatchSettings) => batch(v, s, 'deck.pptx'),
}));

const views: ExportView[] = ['Growth', 'Timeline'].map((title) => ({
  viewId: title.toLowerCase(),
  title,
  subtitle: '',
  buildLightOption: () => ({}),
  claims: dataset.claims.slice(0, 3),
}));
const blobs: Blob[] = [];
const saved: string[] = [];

beforeEach(() => {
  blobs.length = 0;
  saved.length = 0;
  failure = undefined;
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:x'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

/** A blob's text, BOM kept (jsdom's Blob has no text(); FileReader's text decoding would drop the BOM). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.result as ArrayBuffer));
    r.readAsArrayBuffer(blob);
  });
}

const bar = (lang: 'en' | 'zh' = 'en') =>
  render(
    <ExportAllBar figures={() => views} filteredClaims={dataset.claims.slice(0, 10)} sources={sources} lang={lang} />,
  );

describe('<ExportAllBar>', () => {
  it('downloads the filtered claims as CSV with a BOM, one row per claim', async () => {
    const user = userEvent.setup();
    bar();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(/^ai-compute-claims_claims_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await textOf(blobs[0]!);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(dataset.claims.slice(0, 10).map((c) => c.id));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Downloaded 10 claims: ${saved[0]}`));
  });

  it('downloads the same claims as JSON', async () => {
    const user = userEvent.setup();
    bar();
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await textOf(blobs[0]!)).claims).toHaveLength(10);
  });

  it('shows progress while the ZIP is made, then names the file and lists the figures that failed', async () => {
    const user = userEvent.setup();
    bar();
    await user.click(screen.getByRole('button', { name: 'Export all (ZIP)' }));
    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('max', '2');
    expect(screen.getByText('Figure 1 of 2: Growth')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export deck (PPTX)' })).toBeDisabled();
    finish();
    await waitFor(() => expect(saved).toEqual(['all.zip']));
    // The file is saved before React commits the state that follows it, so wait for the commit too.
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Done: all.zip'));
    expect(screen.getByRole('alert')).toHaveTextContent('1 views could not be exported: Timeline (boom)');
  });

  it('reports a deck that could not be made, in the reader’s language', async () => {
    failure = new ExportError('noViews');
    const user = userEvent.setup();
    bar('zh');
    await user.click(screen.getByRole('button', { name: '导出幻灯片（PPTX）' }));
    finish();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('当前筛选下没有可导出的图表。'));
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: '导出幻灯片（PPTX）' })).toBeEnabled();
  });
});
