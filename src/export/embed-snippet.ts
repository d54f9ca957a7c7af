import { escapeXml } from './compose-svg';

/** How tall the iframe is by default: the chart and a few footnotes. */
export const EMBED_HEIGHT = 620;

/** The absolute address of a page of the app, from the current location and a query (`?view=…`). */
export function absoluteHref(query: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${query}`;
}

/**
 * The HTML that embeds a chart in another page: an iframe of the embed address, named by the chart's
 * title. Every attribute value is escaped (the title and the filters in the address are the reader's).
 */
export function embedSnippet(src: string, title: string, height = EMBED_HEIGHT): string {
  if (!/^https?:\/\//.test(src)) throw new Error(`invalid embed address: ${src}`);
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
