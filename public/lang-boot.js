// Runs before the page is drawn (a classic script in the head, allowed by the page's script-src 'self'):
// names the reader's language on <html>, so styles.css shows the build's prerendered page in that
// language and never flashes the other. The same rule as the app's store (src/state/store.ts,
// browserLang, and ?lang= in src/state/url-state.ts); tests/app/lang-boot.test.ts holds them together.
(function () {
  try {
    var asked = new URLSearchParams(window.location.search).get('lang');
    var first = ((navigator.languages && navigator.languages[0]) || 'zh').toLowerCase();
    var lang = asked === 'zh' || asked === 'en' ? asked : first.indexOf('zh') === 0 ? 'zh' : 'en';
    document.documentElement.setAttribute('data-lang', lang);
    // A link to anything but the default page (a filter, a view, an open claim) would first show the
    // default one: the prerendered page stays hidden and the app draws the linked one.
    var keys = [];
    new URLSearchParams(window.location.search).forEach(function (_v, k) {
      if (k !== 'lang') keys.push(k);
    });
    if (keys.length) document.documentElement.setAttribute('data-prerender', 'stale');
    // A system in dark mode gets the dark page at once (src/app/use-media-query.ts sets the same later),
    // and not the build's pictures, which are light: the app draws its charts dark.
    else if (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
      document.documentElement.setAttribute('data-theme', 'dark');
      document.documentElement.setAttribute('data-prerender', 'stale');
    }
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  } catch (e) {
    // Without it the Chinese page shows, as with scripts off.
  }
})();
