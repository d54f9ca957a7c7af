// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { firstScreenIn, pictureHosts, slotTips, tipPosition } from '../../src/app/prerender-dom';

describe('tipPosition', () => {
  const box = { width: 800, height: 400 };
  const tip = { width: 300, height: 150 };
  it('puts the tooltip below right of the pointer where it fits', () => {
    expect(tipPosition(tip, box, 100, 50)).toEqual({ left: 114, top: 64 });
  });
  it('flips it to the left and above near the box’s far edges', () => {
    expect(tipPosition(tip, box, 700, 350)).toEqual({ left: 386, top: 186 });
  });
  it('keeps a tooltip larger than the room inside the box, from its top left', () => {
    expect(tipPosition({ width: 900, height: 500 }, box, 400, 200)).toEqual({ left: 0, top: 0 });
  });
});

describe('pictureHosts', () => {
  const page = (lang: string) =>
    `<div class="prerendered" data-prerender-lang="${lang}"><div data-prerender-key="compare">` +
    `<script type="application/json" class="pic-tips">{"html":["<b>a</b>"],"at":{"wide":{"0:0":0}}}</script>` +
    `<div class="pic-wide" data-drawing="wide"></div>` +
    `<div class="pic-narrow" data-drawing="narrow"></div></div></div>`;
  const setUp = (attrs: Record<string, string>) => {
    document.body.innerHTML = `<div id="root">${page('zh')}${page('en')}</div>`;
    for (const [k, v] of Object.entries(attrs)) document.documentElement.setAttribute(k, v);
  };
  afterEach(() => {
    for (const a of ['data-lang', 'data-prerender']) document.documentElement.removeAttribute(a);
  });

  it('finds the pictures of the page in the language the head script chose', () => {
    setUp({ 'data-lang': 'en' });
    const hosts = pictureHosts(document);
    expect(hosts.map((h) => h.dataset['drawing'])).toEqual(['wide', 'narrow']);
    expect(hosts.every((h) => h.closest('[data-prerender-lang="en"]'))).toBe(true);
  });
  it('reads the tooltips written beside the pictures, and none where they are missing or broken', () => {
    setUp({});
    const slot = pictureHosts(document)[0]!.parentElement!;
    expect(slotTips(slot)).toEqual({ html: ['<b>a</b>'], at: { wide: { '0:0': 0 } } });
    slot.querySelector('script')!.textContent = '{"html":';
    expect(slotTips(slot)).toBeUndefined();
    slot.querySelector('script')!.remove();
    expect(slotTips(slot)).toBeUndefined();
  });
  it('takes the Chinese page when no language was named', () => {
    setUp({});
    expect(pictureHosts(document).every((h) => h.closest('[data-prerender-lang="zh"]'))).toBe(true);
  });
  it('finds none when the build’s page does not show (another state was linked, or the system is dark)', () => {
    setUp({ 'data-lang': 'en', 'data-prerender': 'stale' });
    expect(pictureHosts(document)).toEqual([]);
  });
});

describe('firstScreenIn', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-prerender');
  });
  const page = (after: string) =>
    `<div id="root"><div class="prerendered" data-prerender-lang="zh"><main class="views">` +
    `<section class="compare-panel"></section>${after}</main></div></div>`;

  it('waits until the element after the comparison has begun', () => {
    document.body.innerHTML = page('');
    expect(firstScreenIn(document)).toBe(false);
    document.body.innerHTML = page('<article class="chart-card"></article>');
    expect(firstScreenIn(document)).toBe(true);
  });
  it('waits for nothing when the build’s page is not shown', () => {
    document.documentElement.setAttribute('data-prerender', 'stale');
    expect(firstScreenIn(document)).toBe(true);
  });
});
