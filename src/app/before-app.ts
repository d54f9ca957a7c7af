// A page entry of its own, run before the app's and kept to a few kilobytes, so it does not wait as long as
// the app does: it imports nothing of the app. While the app's code loads, the build's page answers the
// pointer on its first pictures and keeps what the reader clicks. It is loaded `async` (vite.config.ts):
// it starts as soon as it arrives, while the page is still being read, and begins once the first screen
// (the header, the filters and the comparison) is in, not when the whole long page is.
import { keepEarlyInput } from './early-input';
import { answerPointers } from './prerender-hover';
import { firstScreenIn, shownPrerender } from './prerender-dom';

let begun = false;
/** Begins once the first screen is in (or the whole page is); says whether it has. */
function begin(): boolean {
  if (begun) return true;
  if (document.readyState === 'loading' && !firstScreenIn(document)) return false;
  begun = true;
  const page = shownPrerender(document);
  if (page) {
    keepEarlyInput(page);
    answerPointers(document);
  }
  return true;
}

if (!begin()) {
  const watch = new MutationObserver(() => {
    if (begin()) watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    watch.disconnect();
    begin();
  });
}
