/** A file's bytes turned into text, with what was done to get there. */
export type DecodedFile = { ok: true; text: string; encoding: 'utf-8' | 'gb18030'; note?: string } | { ok: false; reason: string };

/** How much of a file is sniffed for NUL bytes: enough to catch binaries without scanning 50 MB. */
const SNIFF = 64 * 1024;

/**
 * Decodes an uploaded CSV. UTF-8 (with or without BOM) is the format; a file saved by Chinese Excel in
 * GBK/GB18030 is decoded as such and said so, rather than turned into mojibake; a binary file (NUL bytes,
 * e.g. an .xlsx) is refused with the reason.
 */
export function decodeCsvBytes(bytes: Uint8Array, what = 'CSV'): DecodedFile {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) {
    const zip = head[0] === 0x50 && head[1] === 0x4b;
    if (what !== 'CSV') return { ok: false, reason: `this is a binary file (${zip ? 'zip, docx or xlsx' : 'not text'}), not ${what}: save it as plain text or HTML first` };
    return { ok: false, reason: zip ? 'this is a binary (zip/xlsx) file, not CSV: save it as "CSV UTF-8" first' : 'this is a binary file, not CSV text' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the usual cause in China is Excel's default GBK export.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    const fix = what === 'CSV' ? ' (save as "CSV UTF-8" to avoid this)' : '';
    return { ok: true, text, encoding: 'gb18030', note: `the file is not UTF-8; it was read as GBK/GB18030${fix}` };
  } catch {
    return { ok: false, reason: 'the file is neither UTF-8 nor GBK text' };
  }
}
