import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters';
import { formatUrlState, parseUrlState, type UrlState } from '../../src/state/url-state';

const defaults: UrlState = {
  lang: 'zh',
  theme: 'system',
  logScale: true,
  filters: NO_FILTERS,
  search: '',
  compare: { question: 'compute-growth', pins: [] },
};
const known = {
  sources: new Set(['caict-he-2024', 'gba-forum-2024']),
  claims: new Set(['he-liquid-cooling-market-2023', 'tq-frontier-compute-yearly']),
  questions: new Map([
    ['compute-growth', ['doubling_months', 'x_per_year', 'annual_percent']],
    ['data-exhaustion', ['year']],
  ]),
};

describe('formatUrlState()', () => {
  it('writes only the language for the default view', () => {
    expect(formatUrlState(defaults, defaults)).toBe('?lang=zh');
  });

  it('writes every non-default piece in a fixed order', () => {
    const s: UrlState = {
      lang: 'en',
      theme: 'dark',
      logScale: false,
      filters: {
        topics: ['liquid_cooling', 'market_size'],
        sources: ['caict-he-2024'],
        kinds: ['forecast'],
        yearFrom: 2023,
        yearTo: 2030,
      },
      openClaim: 'he-liquid-cooling-market-2023',
      search: '液冷',
      compare: {
        question: 'compute-growth',
        unit: 'x_per_year',
        pins: ['tq-frontier-compute-yearly', 'he-liquid-cooling-market-2023'],
      },
    };
    const q = formatUrlState(s, defaults);
    expect(q).toBe(
      '?lang=en&theme=dark&scale=linear&topic=liquid_cooling%2Cmarket_size&source=caict-he-2024&kind=forecast&from=2023&to=2030&q=%E6%B6%B2%E5%86%B7&claim=he-liquid-cooling-market-2023&unit=x_per_year&pins=tq-frontier-compute-yearly%2Che-liquid-cooling-market-2023',
    );
    expect(parseUrlState(q, defaults, known)).toEqual(s);
  });
});

describe('parseUrlState()', () => {
  it('falls back to defaults for unknown or malformed values and ignores unknown parameters', () => {
    const s = parseUrlState(
      '?lang=fr&theme=neon&scale=cubic&topic=nope,liquid_cooling&source=evil&kind=guess&from=20x4&claim=missing&utm=1',
      defaults,
      known,
    );
    expect(s).toEqual({
      ...defaults,
      filters: { topics: ['liquid_cooling'], sources: [], kinds: [], yearFrom: undefined, yearTo: undefined },
    });
  });

  it('swaps a reversed year range', () => {
    const s = parseUrlState('?from=2030&to=2023', defaults, known);
    expect([s.filters.yearFrom, s.filters.yearTo]).toEqual([2023, 2030]);
  });

  it('survives garbage without throwing', () => {
    for (const junk of ['%', '?%E0%A4%A', '?claim=%3Cscript%3E', '?&&&=&=', '?q=' + 'x'.repeat(5000)]) {
      expect(() => parseUrlState(junk, defaults, known)).not.toThrow();
    }
    expect(parseUrlState('?q=' + 'x'.repeat(5000), defaults, known).search).toHaveLength(200);
  });
});
