// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BuildHtml } from '../../src/app/BuildHtml';
import { buildParts, harvestPictures, prerenderedPage } from '../../src/app/prerender-takeover';
import { PrerenderContext, PrerenderedSlot } from '../../src/components/prerendered';

/** A prerendered page as the build writes it, in a fresh #root. */
function buildPage(): HTMLElement {
  document.documentElement.removeAttribute('data-prerender');
  document.body.innerHTML = `<div id="root">
    <div class="prerendered" data-prerender-lang="zh"><div class="layout"><nav class="toc">目录</nav><main class="views">
      <section class="compare-panel"><div data-view-chart="compare"><div class="prerender-slot" data-prerender-key="compare"><svg id="pic-compare"></svg></div></div></section>
      <article data-view-id="market-size"><div class="prerender-slot" data-prerender-key="market-size"><img id="pic-market"></div></article>
      <section class="claims-table">table</section>
    </main></div></div>
    <div class="prerendered" data-prerender-lang="en"><h1>en</h1></div>
  </div>`;
  return document.getElementById('root')!;
}

describe('taking over the build’s page', () => {
  it('takes the page in the reader’s language only when it opened in the default state, light', () => {
    const root = buildPage();
    expect(prerenderedPage(root, 'zh', { defaultState: true, dark: false })?.dataset['prerenderLang']).toBe('zh');
    expect(prerenderedPage(root, 'en', { defaultState: true, dark: false })?.dataset['prerenderLang']).toBe('en');
    expect(prerenderedPage(root, 'zh', { defaultState: false, dark: false })).toBeUndefined();
    expect(prerenderedPage(root, 'zh', { defaultState: true, dark: true })).toBeUndefined();
    document.documentElement.setAttribute('data-prerender', 'stale');
    expect(prerenderedPage(root, 'zh', { defaultState: true, dark: false })).toBeUndefined();
  });

  it('finds the pictures by chart, and the parts whose code loads later', () => {
    const page = prerenderedPage(buildPage(), 'zh', { defaultState: true, dark: false })!;
    const pictures = harvestPictures(page);
    expect(pictures.get('compare')?.querySelector('#pic-compare')).not.toBeNull();
    expect(pictures.get('market-size')?.querySelector('#pic-market')).not.toBeNull();
    const parts = buildParts(page);
    expect(parts.views.map((e) => e.tagName)).toEqual(['ARTICLE', 'SECTION']);
    expect(parts.toc.map((e) => e.textContent)).toEqual(['目录']);
  });

  it('moves a chart’s picture into its box, and lets it go once the chart has drawn or the page changed', () => {
    const page = prerenderedPage(buildPage(), 'zh', { defaultState: true, dark: false })!;
    const pictures = harvestPictures(page);
    const picture = pictures.get('compare')!;
    const { container } = render(
      <PrerenderContext value={{ pictures }}>
        <div className="box">
          <PrerenderedSlot chartKey="compare" />
        </div>
        <div className="other">
          <PrerenderedSlot chartKey="market-size" />
        </div>
      </PrerenderContext>,
    );
    // The very element from the build's page, not a copy.
    expect(container.querySelector('.box .prerender-slot')?.firstChild).toBe(picture);
    act(() => pictures.drop('compare'));
    expect(container.querySelector('.box .prerender-slot')).toBeNull();
    expect(container.querySelector('.other #pic-market')).not.toBeNull();
    act(() => pictures.discard());
    expect(container.querySelector('.prerender-slot')).toBeNull();
  });

  it('shows a part of the build’s page in place until its own components replace it', () => {
    const page = prerenderedPage(buildPage(), 'zh', { defaultState: true, dark: false })!;
    const { views } = buildParts(page);
    const { container, rerender } = render(
      <main>
        <p>first</p>
        <BuildHtml nodes={views} />
      </main>,
    );
    expect([...container.querySelector('main')!.children].map((e) => e.tagName)).toEqual([
      'P',
      'ARTICLE',
      'SECTION',
      'SPAN',
    ]);
    rerender(
      <main>
        <p>first</p>
        <section>the app’s own</section>
      </main>,
    );
    expect(container.querySelector('main')!.textContent).toBe('firstthe app’s own');
  });
});
