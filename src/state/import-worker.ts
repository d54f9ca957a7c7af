/// <reference lib="webworker" />
// Parses and validates an imported claims file off the main thread: a 50 MB file takes seconds to read,
// and the page must stay responsive meanwhile.
import { decodeCsvBytes } from '../data/decode-file';
import { importClaims } from '../data/import-claims';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { sourcesFromRequest } from './import-protocol';

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const req = e.data;
  let res: ImportResponse;
  try {
    const decoded =
      typeof req.content === 'string'
        ? { ok: true as const, text: req.content, encoding: 'utf-8' as const }
        : decodeCsvBytes(new Uint8Array(req.content));
    if (!decoded.ok) res = { id: req.id, ok: false, message: decoded.reason };
    else {
      const { sources, texts } = sourcesFromRequest(req);
      const result = importClaims(decoded.text, req.name, { sources, texts }, new Set(req.takenIds));
      res = { id: req.id, ok: true, result, text: decoded.text, note: 'note' in decoded ? decoded.note : undefined };
    }
  } catch (err) {
    res = { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(res);
};
