/**
 * A shared Intl.NumberFormat per locale and options. Building one costs far more than formatting with it
 * (it loads locale data), and every chart, tooltip and table cell formats numbers on each filter change.
 */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}
