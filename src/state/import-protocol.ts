import type { Claim } from '../data/claim';
import type { ImportResult } from '../data/import-claims';
import type { Source } from '../data/source';

/** What the page sends the import worker: the file and what validation needs of the dataset. */
export interface ImportRequest {
  id: number;
  name: string;
  /** Raw bytes from a file, or text restored from storage. */
  content: ArrayBuffer | string;
  sources: Source[];
  texts: [string, string][];
  takenIds: string[];
}

/**
 * What the worker answers: the valid claims in batches (`claims`), then the result without them (`done`),
 * or a failure. Batches because the page must copy every claim it receives off the message, and 100,000
 * claims in one message held its main thread for half a second; a batch takes a few tens of ms.
 */
export type ImportResponse =
  | { id: number; ok: true; part: 'claims'; claims: Claim[] }
  | {
      id: number;
      ok: true;
      part: 'done';
      /** The result, its claims left out (they came in the batches before). */
      result: ImportResult;
      /** The decoded text, to keep for the next visit; only when it is small enough to be kept. */
      text?: string;
      note?: string;
    }
  | { id: number; ok: false; message: string };

/** Claims per batch: about 10 ms for the page to take in. */
export const CLAIMS_PER_MESSAGE = 2_000;

/** Rebuilds the lookup maps validation expects from a request's plain arrays. */
export function sourcesFromRequest(req: ImportRequest) {
  return { sources: new Map(req.sources.map((s) => [s.id, s])), texts: new Map(req.texts) };
}
