// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CiteMenu } from '../../src/components/CiteMenu';
import { DatasetVersionContext } from '../../src/components/dataset-version';
import { isoDay } from '../../src/export/file-name';

const renderMenu = (version: string | undefined, lang: 'en' | 'zh' = 'en') =>
  render(
    <DatasetVersionContext value={version}>
      <CiteMenu viewId="liquid-cooling" title="Liquid cooling" lang={lang} />
    </DatasetVersionContext>,
  );

describe('<CiteMenu>', () => {
  it('opens plain text, APA and BibTeX naming the chart, the version, today and the view’s URL', async () => {
    renderMenu('3f9a1c2e4b');
    const button = screen.getByRole('button', { name: 'Cite' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Cite this chart' });
    const url = `${window.location.origin}${window.location.pathname}?view=liquid-cooling`;
    const apa = panel.querySelector('[data-cite-format="apa"]')!.textContent!;
    expect(apa).toContain('Liquid cooling [Chart; data set version 3f9a1c2e4b]');
    expect(apa).toContain(url);
    expect(panel.querySelector('[data-cite-format="plain"]')!.textContent).toContain(`(accessed ${isoDay(new Date())})`);
    expect(panel.querySelector('[data-cite-format="bibtex"]')!.textContent).toContain('@misc{ai-compute-claims-liquid-cooling-3f9a1c2e4b,');
  });

  it('copies one format with its own button and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderMenu('3f9a1c2e4b');
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied: BibTeX.'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^@misc\{/);
  });

  it('is named in Chinese on the Chinese page, and closes with Escape', async () => {
    renderMenu('3f9a1c2e4b', 'zh');
    await userEvent.click(screen.getByRole('button', { name: '引用' }));
    expect(screen.getByRole('button', { name: '复制 APA' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: '引用此图' })).toBeNull();
    expect(screen.getByRole('button', { name: '引用' })).toHaveFocus();
  });

  it('offers nothing to cite before the dataset names its version', () => {
    renderMenu(undefined);
    expect(screen.queryByRole('button', { name: 'Cite' })).toBeNull();
  });
});
