// The page's entry. The build's page (scripts/prerender.ts) is already drawn, and the hover script has
// made its first pictures answer the pointer: the app's code (React, ECharts and the rest, evaluated in
// one long task) waits for the next frame so that paint and the first hover are not held up behind it.
// Its files are fetched meanwhile: vite.config.ts lists them as modulepreloads in the page.
// All of the app's CSS is one stylesheet in the page (vite.config.ts, cssCodeSplit: false), so the build's
// page is styled from its first frame, not when the app's parts that import it arrive.
import './styles.css';

const nextFrame = () =>
  new Promise<void>((resolve) => {
    // A page opened in a background tab gets no frames: it starts at once.
    if (document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

await nextFrame();
await import('./start');
