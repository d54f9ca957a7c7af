import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import { formatUrlState, missingViewOf, pageHref, parseUrlState, type UrlState } from '../../src/state/url-state';

const defaults: UrlState = {
  lang: 'zh',
  theme: 'system',
  logScale: true,
  filters: NO_FILTERS,
  search: '',
  compare: { question: 'compute-growth', pins: [] },
};
const views = new Set(['liquid-cooling', 'timeline']);
const known = { sources: new Set(['caict-he-2024']), claims: new Set(['he-liquid-cooling-market-2023']), views };

describe('parseUrlState() and formatUrlState() with pages', () => {
  it('round-trips a view page, its embed and a presentation slide', () => {
    for (const s of [
      { ...defaults, lang: 'en' as const, view: 'liquid-cooling' },
      { ...defaults, view: 'liquid-cooling', embed: true },
      { ...defaults, present: 'timeline' },
      { ...defaults, view: 'timeline', present: 'liquid-cooling' },
    ]) {
      const q = formatUrlState(s, defaults);
      expect(parseUrlState(q, defaults, known)).toEqual(s);
    }
    expect(formatUrlState({ ...defaults, view: 'liquid-cooling', embed: true }, defaults)).toBe(
      '?lang=zh&view=liquid-cooling&embed=1',
    );
  });

  it('drops an unknown view or slide, and an embed without a view', () => {
    const s = parseUrlState('?view=nope&present=%3Cscript%3E&embed=1', defaults, known);
    expect([s.view, s.present, s.embed]).toEqual([undefined, undefined, undefined]);
    expect(parseUrlState('?view=timeline&embed=yes', defaults, known).embed).toBeUndefined();
  });
});

describe('missingViewOf()', () => {
  it('names a view id no view has, and nothing for a known or absent one', () => {
    expect(missingViewOf('?view=nope', views)).toBe('nope');
    expect(missingViewOf('?view=timeline', views)).toBeUndefined();
    expect(missingViewOf('?lang=en', views)).toBeUndefined();
    expect(missingViewOf(`?view=${'x'.repeat(500)}`, views)).toHaveLength(80);
  });
});

describe('pageHref()', () => {
  const here: UrlState = {
    ...defaults,
    lang: 'en',
    theme: 'dark',
    filters: { ...NO_FILTERS, kinds: ['forecast'] },
    openClaim: 'he-liquid-cooling-market-2023',
    compare: { question: 'market-size', pins: ['he-liquid-cooling-market-2023'] },
    present: 'timeline',
  };

  it("keeps the reader's language, theme and filters, and leaves the open claim, comparison and slide", () => {
    expect(pageHref(here, defaults, { page: 'view', view: 'liquid-cooling' })).toBe(
      '?lang=en&view=liquid-cooling&theme=dark&kind=forecast',
    );
    expect(pageHref(here, defaults, { page: 'embed', view: 'liquid-cooling' })).toBe(
      '?lang=en&view=liquid-cooling&embed=1&theme=dark&kind=forecast',
    );
  });

  it('leads back from a view page to the dashboard', () => {
    expect(pageHref({ ...here, view: 'liquid-cooling' }, defaults, { page: 'dashboard' })).toBe(
      '?lang=en&theme=dark&kind=forecast',
    );
  });
});
