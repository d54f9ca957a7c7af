// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../src/components/ExportMenu';
import type { FigureSpec } from '../../src/export/figure-spec';
import { dataset, sources } from './dataset';

// The real renderer needs a browser's canvas; these tests are about the menu, so the renderer is a stub.
const rendered: FigureSpec[] = [];
vi.mock('../../src/export/render-image', () => ({
  renderPng: async (spec: FigureSpec) => {
    rendered.push(spec);
    return new Blob(['png'], { type: 'image/png' });
  },
  renderSvg: async (spec: FigureSpec) => {
    rendered.push(spec);
    return '<svg/>';
  },
}));

const claims = dataset.claims.filter((c) => c.topic === 'liquid_cooling');
const saved: string[] = [];

function menu(props: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
  return render(
    <ExportMenu
      viewId="liquid-cooling"
      title="Liquid cooling"
      subtitle="USD"
      buildLightOption={() => ({ series: [] })}
      claims={claims}
      sources={sources}
      lang="en"
      {...props}
    />,
  );
}

/** Opens the menu and waits for its panel (loaded on demand). */
async function openPanel(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name }));
  await screen.findByRole('group');
}

beforeEach(() => {
  rendered.length = 0;
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('<ExportMenu>', () => {
  it('is a disclosure: the button opens the panel, Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    menu();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The panel is its own chunk, loaded on first opening.
    expect(await screen.findByRole('group', { name: 'Export this chart: Liquid cooling' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('downloads a 1920×1080 PNG by default, named for the view, size and day, and says so', async () => {
    const user = userEvent.setup();
    menu();
    await openPanel(user, 'Export');
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 }); // the render code is imported on demand
    expect(saved[0]).toMatch(/^ai-compute-claims_liquid-cooling_1920x1080_\d{4}-\d{2}-\d{2}\.png$/);
    expect(rendered[0]).toMatchObject({ size: { width: 1920, height: 1080 }, pixelRatio: 1, transparent: false });
    expect(rendered[0]!.claims).toEqual(claims);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Saved ${saved[0]}`));
  });

  it('passes the chosen preset, pixel ratio and transparency to the renderer', async () => {
    const user = userEvent.setup();
    menu();
    await openPanel(user, 'Export');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'square');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pixel ratio' }), '2');
    await user.click(screen.getByRole('checkbox', { name: 'Transparent background' }));
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 }); // the render code is imported on demand
    expect(saved[0]).toContain('_2160x2160_');
    expect(rendered[0]).toMatchObject({ size: { width: 1080, height: 1080 }, pixelRatio: 2, transparent: true });
  });

  it('offers the on-screen size, with room added around the chart for titles and sources', async () => {
    const user = userEvent.setup();
    menu({ screenSize: { width: 700, height: 400 } });
    await openPanel(user, 'Export');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'screen');
    await user.click(screen.getByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 15_000 }); // the render code is imported on demand
    expect(rendered[0]!.size.width).toBe(700);
    expect(rendered[0]!.size.height).toBeGreaterThan(400);
    expect(rendered[0]!.chartZoom).toBe(1);
  });

  it('says plainly when the browser cannot copy images', async () => {
    const user = userEvent.setup();
    menu();
    await openPanel(user, 'Export');
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/cannot copy images/));
    expect(rendered).toHaveLength(0);
  });

  it('says when the browser refuses the clipboard, and when it copies', async () => {
    const items: unknown[] = [];
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly data: Record<string, Promise<Blob>>) {}
      },
    );
    const write = vi.fn(async (list: unknown[]): Promise<void> => {
      items.push(...list);
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    const user = userEvent.setup(); // installs a clipboard stub of its own, replaced here
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    menu({ lang: 'zh' });
    await openPanel(user, '导出');
    await user.click(screen.getByRole('button', { name: '复制图片' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/浏览器拒绝了剪贴板访问.*NotAllowedError/),
    );
    write.mockImplementation(async () => undefined);
    await user.click(screen.getByRole('button', { name: '复制图片' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('图片已复制到剪贴板。'));
    expect(items).toHaveLength(1);
  });

  it('disables the exports of a view without claims and says why', async () => {
    const user = userEvent.setup();
    menu({ claims: [] });
    await openPanel(user, 'Export');
    expect(screen.getByRole('button', { name: 'PNG' })).toBeDisabled();
    expect(screen.getByText('This view has no chart to export.')).toBeVisible();
  });
});
