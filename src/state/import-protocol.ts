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

/** What the worker answers. */
export type ImportResponse =
  | { id: number; ok: true; result: ImportResult; text: string; note?: string }
  | { id: number; ok: false; message: string };

/** Rebuilds the lookup maps validation expects from a request's plain arrays. */
export function sourcesFromRequest(req: ImportRequest) {
  return { sources: new Map(req.sources.map((s) => [s.id, s])), texts: new Map(req.texts) };
}
