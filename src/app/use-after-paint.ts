import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, but only once the browser has painted the frame after it changed, and then as a transition
 * (interruptible, abandoned when `value` changes again). A filter click thus shows its charts on the very
 * next frame; the table and the views below the fold follow after it (what browsers measure as
 * "interaction to next paint" covers only the first). React's useDeferredValue starts its render at once,
 * and its commit can land before that frame; this waits for the frame itself.
 */
export function useValueAfterPaint<T>(value: T, initial: T): T {
  const [later, setLater] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame, then a task: the callback of requestAnimationFrame runs before that frame's paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return later;
}
