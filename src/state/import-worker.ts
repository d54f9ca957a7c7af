/// <reference lib="webworker" />
// Parses and validates an imported claims file off the main thread: a 50 MB file takes seconds to read,
// and the page must stay responsive meanwhile.
import { decodeCsvBytes } from '../data/decode-file';
import { importClaims } from '../data/import-claims';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { CLAIMS_PER_MESSAGE, sourcesFromRequest } from './import-protocol';
import { canStoreImport } from './imported-storage';

const post = (res: ImportResponse) => (self as unknown as Worker).postMessage(res);

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const req = e.data;
  try {
    const decoded =
      typeof req.content === 'string'
        ? { ok: true as const, text: req.content, encoding: 'utf-8' as const }
        : decodeCsvBytes(new Uint8Array(req.content));
    if (!decoded.ok) return post({ id: req.id, ok: false, message: decoded.reason });
    const { sources, texts } = sourcesFromRequest(req);
    const result = importClaims(decoded.text, req.name, { sources, texts }, new Set(req.takenIds));
    for (let i = 0; i < result.claims.length; i += CLAIMS_PER_MESSAGE)
      post({ id: req.id, ok: true, part: 'claims', claims: result.claims.slice(i, i + CLAIMS_PER_MESSAGE) });
    // A text too large to keep is not sent back: copying tens of megabytes would only be thrown away.
    const text = canStoreImport(decoded.text) ? decoded.text : undefined;
    const note = 'note' in decoded ? decoded.note : undefined;
    post({ id: req.id, ok: true, part: 'done', result: { ...result, claims: [] }, text, note });
  } catch (err) {
    post({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
