// A page entry of its own, run before the app's (vite.config.ts puts its tag first) and kept to a few
// kilobytes, so it does not wait as long as the app does: it imports nothing of the app. While the app's
// code loads, the build's page answers the pointer on its first pictures and keeps what the reader clicks.
import { keepEarlyInput } from './early-input';
import { answerPointers } from './prerender-hover';
import { shownPrerender } from './prerender-hover-parts';

const page = shownPrerender(document);
if (page) {
  keepEarlyInput(page);
  answerPointers(document);
}
