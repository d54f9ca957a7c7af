import { useEffect, useState } from 'react';

/**
 * (True from the start when `already`: a page taken over from the build's HTML renders everything at once.)
 * False until the browser is first idle after mounting (requestIdleCallback, at most `timeoutMs` later),
 * then true. Work nobody needs for the first chart (the audit, the import and audit panels) waits for it,
 * so it neither delays the first chart nor competes with it for the network.
 */
export function useIdle(timeoutMs = 1500, already = false): boolean {
  const [idle, setIdle] = useState(already);
  useEffect(() => {
    if (already) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 200);
    return () => clearTimeout(id);
  }, [timeoutMs, already]);
  return idle;
}
