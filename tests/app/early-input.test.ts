// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstRenderControls, keepEarlyInput, replayEarlyInput } from '../../src/app/early-input';

// The same page twice, as the build and the app render it: header, filters, a card whose code comes later.
const PAGE = `<div class="app">
  <header><button type="button" class="present-button">Present</button></header>
  <section class="filters">
    <label class="chip"><input type="checkbox"> observed</label>
    <label><input type="number" placeholder="2020"></label>
  </section>
  <div class="layout"><nav class="toc"><button type="button">Contents</button></nav>
    <main class="views">
      <section class="compare-panel"><select><option value="a">A</option><option value="b">B</option></select></section>
      <article class="chart-card"><button type="button">Export</button></article>
    </main>
  </div>
</div>`;

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-pending');
});

const page = () => {
  const el = document.createElement('div');
  el.innerHTML = PAGE;
  document.body.append(el);
  return el.firstElementChild as HTMLElement;
};

describe('early input', () => {
  it('counts only the controls the app renders at once, in order', () => {
    const names = firstRenderControls(page()).map((e) => e.tagName + (e.getAttribute('type') ?? ''));
    expect(names).toEqual(['BUTTONbutton', 'INPUTcheckbox', 'INPUTnumber', 'SELECT']);
  });

  it('keeps clicks and entered values on the build’s page, by place, and marks the page as waiting', () => {
    const built = page();
    const kept = keepEarlyInput(built);
    expect(window.__earlyInput).toBe(kept);
    built.querySelector<HTMLElement>('label.chip')!.click(); // the label's click reaches its box
    const year = built.querySelector<HTMLInputElement>('input[type=number]')!;
    year.value = '2023';
    year.dispatchEvent(new Event('change', { bubbles: true }));
    const select = built.querySelector('select')!;
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    built.querySelector<HTMLElement>('article button')!.click(); // a later part's button: not kept
    expect(kept).toEqual([
      { index: 1, kind: 'click' },
      { index: 2, kind: 'value', value: '2023' },
      { index: 3, kind: 'value', value: 'b' },
    ]);
    expect(document.documentElement.hasAttribute('data-pending')).toBe(true);
  });

  it('does it all again on the app’s page, values with the events a user’s entry fires', () => {
    const app = page();
    const clicked = vi.fn();
    app.querySelector('input[type=checkbox]')!.addEventListener('click', clicked);
    const changes: string[] = [];
    app.addEventListener('change', (e) => changes.push((e.target as HTMLInputElement).value));
    document.documentElement.setAttribute('data-pending', '');
    replayEarlyInput(
      [
        { index: 1, kind: 'click' },
        { index: 2, kind: 'value', value: '2023' },
        { index: 3, kind: 'value', value: 'b' },
        { index: 9, kind: 'click' }, // a control the app's page does not have: skipped
      ],
      app,
    );
    expect(clicked).toHaveBeenCalledOnce();
    expect(app.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(changes).toEqual(['on', '2023', 'b']); // the box's click fires its change, as a user's does
    expect(document.documentElement.hasAttribute('data-pending')).toBe(false);
  });
});
