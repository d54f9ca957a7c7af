import type { ArticleProposals, ProposeOptions } from '../extract/proposal';
import type { ProposeRequest, ProposeResponse } from './propose-worker';

/** Above this many characters the proposer runs in a worker; below, loading a worker costs more than it saves. */
export const WORKER_THRESHOLD = 20_000;

let worker: Worker | undefined;
let seq = 0;

/** Proposes the claims of an article: in a worker for long articles, on the page (code loaded on demand) otherwise. */
export async function runProposer(text: string, options: ProposeOptions): Promise<ArticleProposals> {
  if (text.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    const { proposeClaims } = await import('../extract/propose-claims');
    return proposeClaims(text, options);
  }
  worker ??= new Worker(new URL('./propose-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<ProposeResponse>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    };
    w.addEventListener('message', onMessage);
    w.onerror = (e) => reject(new Error(e.message || 'the proposer worker failed'));
    w.postMessage({ id, text, options } satisfies ProposeRequest);
  });
}
