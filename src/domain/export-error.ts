import type { Lang } from './format-number';
import { t, type MessageKey } from './messages';

/** An export failure the user is told about in their language; `detail` carries the browser's own words. */
export class ExportError extends Error {
  readonly key: MessageKey;
  readonly detail: string;
  constructor(key: MessageKey, detail = '') {
    super(detail ? `${key}: ${detail}` : key);
    this.name = 'ExportError';
    this.key = key;
    this.detail = detail;
  }
}

/** The sentence to show for any error an export threw: its own message when it is an ExportError. */
export function exportErrorText(e: unknown, lang: Lang): string {
  if (e instanceof ExportError) return t(e.key, lang, { detail: e.detail });
  const detail = e instanceof Error ? e.message : String(e);
  return t('renderFailed', lang, { detail });
}
