// Revoking a blob URL right after click() cancels the download in some browsers; a minute is ample.
const REVOKE_AFTER_MS = 60_000;

/** Saves a blob under a file name through a temporary <a download> link, then frees its URL. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Saves text (CSV, JSON, SVG) as a UTF-8 file of the given MIME type. */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName, doc);
}
