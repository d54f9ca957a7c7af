import { ExportError } from '../domain/export-error';

/** Whether this browser can put a PNG on the clipboard at all. */
export function canCopyImages(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.clipboard?.write !== 'function') return false;
  if (typeof ClipboardItem !== 'function') return false;
  return typeof ClipboardItem.supports !== 'function' || ClipboardItem.supports('image/png');
}

/**
 * Copies a PNG to the clipboard. `renderPng` is called only once the API is known to exist, and its promise
 * goes straight into the ClipboardItem, so the click's user activation is still valid while the image
 * renders (Safari demands it). A missing API, a refusal and a failed render each throw an ExportError with
 * its own message: nothing fails silently.
 */
export async function copyPngToClipboard(renderPng: () => Promise<Blob>): Promise<void> {
  if (!canCopyImages()) throw new ExportError('clipboardUnsupported');
  let renderError: unknown;
  const png = renderPng().catch((e: unknown) => {
    renderError = e;
    throw e;
  });
  png.catch(() => undefined); // handled below; a browser that refuses early never reads it
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (e) {
    if (renderError !== undefined) throw renderError;
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new ExportError('clipboardRefused', detail);
  }
}
