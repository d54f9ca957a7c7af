import type { ExportSize } from './presets';

/** What every exported file name starts with: the dashboard it came from. */
export const FILE_PREFIX = 'ai-compute-claims';

/** A kebab-case slug of a name: lower-case ASCII letters, digits and hyphens only. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'figure';
}

/** The local calendar date as YYYY-MM-DD: the day the user made the export, as they would write it. */
export function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/**
 * A file name that says what the file holds and when it was made:
 * `ai-compute-claims_compute-growth_1920x1080_2026-11-26.png`. `size` is the real pixel size of an image.
 */
export function exportFileName(what: string, ext: string, date: Date, size?: ExportSize): string {
  const dims = size ? `_${Math.round(size.width)}x${Math.round(size.height)}` : '';
  return `${FILE_PREFIX}_${slugify(what)}${dims}_${isoDay(date)}.${ext.replace(/^\./, '')}`;
}
