/// <reference lib="webworker" />
// Reads a long pasted article off the main thread: segmenting and parsing a report of 100,000 characters
// takes long enough to freeze typing and scrolling.
import { proposeClaims } from '../extract/propose-claims';
import type { ArticleProposals, ProposeOptions } from '../extract/proposal';

/** A request to the proposer worker, and its answer. */
export interface ProposeRequest {
  id: number;
  text: string;
  options: ProposeOptions;
}
export type ProposeResponse =
  { id: number; ok: true; result: ArticleProposals } | { id: number; ok: false; message: string };

self.onmessage = (e: MessageEvent<ProposeRequest>) => {
  const { id, text, options } = e.data;
  let res: ProposeResponse;
  try {
    res = { id, ok: true, result: proposeClaims(text, options) };
  } catch (err) {
    res = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(res);
};
