/**
 * index.html with the prerendered page of each language in #root (the one the reader's language does not
 * want is hidden by styles.css once public/lang-boot.js has named it) and that script in the head, before
 * anything is drawn. Pure, for tests.
 */
export function pageWithPrerender(html: string, pages: Readonly<Record<string, string>>): string {
  const root = /<div id="root">[\s\S]*?<\/div>\n/;
  if (!root.test(html)) throw new Error('prerender: index.html has no <div id="root">…</div> to fill');
  const body = Object.entries(pages)
    .map(([lang, page]) => `<div class="prerendered" data-prerender-lang="${lang}">${page}</div>`)
    .join('');
  const boot = '<script src="./lang-boot.js"></script>';
  if (!html.includes('</title>')) throw new Error('prerender: index.html has no <title>');
  return html.replace('</title>', `</title>\n    ${boot}`).replace(root, () => `<div id="root">${body}</div>\n`);
}
