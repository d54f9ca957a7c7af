import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { browserLang } from '../../src/state/store';
import { parseUrlState } from '../../src/state/url-state';
import { urlStateOf, useAppStore } from '../../src/state/store';

const BOOT = readFileSync('public/lang-boot.js', 'utf8');

/** Runs public/lang-boot.js as the page's head does, against a location and the browser's languages. */
function boot(search: string, languages: string[], dark = false) {
  const attrs: Record<string, string> = {};
  const documentElement = { setAttribute: (k: string, v: string) => (attrs[k] = v), lang: '' };
  const matchMedia = (q: string) => ({ matches: dark && q === '(prefers-color-scheme: dark)' });
  runInNewContext(BOOT, {
    window: { location: { search }, matchMedia },
    navigator: { languages },
    document: { documentElement },
    URLSearchParams,
  });
  return {
    lang: attrs['data-lang'],
    stale: attrs['data-prerender'] === 'stale',
    theme: attrs['data-theme'],
    htmlLang: documentElement.lang,
  };
}

/** The language the app's store settles on for the same link and browser. */
function appLang(search: string, languages: string[]) {
  const defaults = { ...urlStateOf(useAppStore.getState()), lang: browserLang(languages) };
  return parseUrlState(search, defaults, {
    sources: new Set(),
    claims: new Set(),
    questions: new Map(),
    views: new Set(),
  }).lang;
}

describe('public/lang-boot.js', () => {
  const cases: [string, string[]][] = [
    ['', ['zh-CN', 'en']],
    ['', ['en-US']],
    ['', ['zh-TW']],
    ['', []],
    ['?lang=en', ['zh-CN']],
    ['?lang=zh', ['en-GB']],
    ['?lang=fr', ['en-GB']],
    ['?lang=fr', ['zh-HK']],
    ['?lang=EN', ['zh-CN']],
    ['?theme=dark&lang=en', ['zh']],
  ];
  it.each(cases)('picks the language the app will open in (%s, %j)', (search, languages) => {
    const b = boot(search, languages);
    expect(b.lang).toBe(appLang(search, languages));
    expect(b.htmlLang).toBe(b.lang === 'zh' ? 'zh-CN' : 'en');
  });

  it('hides the prerendered page for a link to anything but the default page', () => {
    expect(boot('', ['en']).stale).toBe(false);
    expect(boot('?lang=en', ['en']).stale).toBe(false);
    expect(boot('?lang=en&topic=market', ['en']).stale).toBe(true);
    expect(boot('?view=liquid-cooling', ['zh']).stale).toBe(true);
    expect(boot('?claim=x', ['zh']).stale).toBe(true);
  });

  it('on a system in dark mode, darkens the page at once and keeps the light pictures hidden', () => {
    expect(boot('?lang=en', ['en'], true)).toMatchObject({ lang: 'en', theme: 'dark', stale: true });
    expect(boot('', ['zh'], false)).toMatchObject({ theme: undefined, stale: false });
  });
});
