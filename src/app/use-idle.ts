import { useEffect, useState } from 'react';

/**
 * False until the browser is first idle after mounting (requestIdleCallback, at most `timeoutMs` later),
 * then true. Work nobody needs for the first chart (the audit, the import and audit panels) waits for it,
 * so it neither delays the first chart nor competes with it for the network.
 */
export function useIdle(timeoutMs = 1500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 200);
    return () => clearTimeout(id);
  }, [timeoutMs]);
  return idle;
}
