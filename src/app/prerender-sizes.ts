/**
 * The widths (CSS px) the build draws each chart at: what its box measures on the page in a 1440 px wide
 * window (a chart card, or a full-width one) and in a 390 px wide phone window. Elsewhere the picture is
 * scaled into its box until the page draws the chart itself. tests/browser/prerender.test.ts measures
 * the page's boxes against these, so a layout change cannot leave the pictures drawn at the wrong size.
 */
export const PICTURE_WIDTHS = { card: 555, full: 1156, narrow: 336 } as const;

/** The charts that span the dashboard's whole column (styles.css: the comparison and the timeline). */
export const FULL_WIDTH_CHARTS: ReadonlySet<string> = new Set(['compare', 'timeline']);

/** The charts whose pictures are written into the page itself: the first screen's. The rest are files. */
export const INLINE_PICTURES: ReadonlySet<string> = new Set(['compare']);

/** Window width at and below which the page lays out for a phone (App's `narrow`, styles.css). */
export const PHONE_MAX_WIDTH = 640;
