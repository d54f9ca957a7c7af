// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from '../../src/app/use-after-paint';

describe('useValueAfterPaint()', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('gives the initial value first, and a new value only after the next frame and a task', async () => {
    const { result, rerender } = renderHook(({ v }) => useValueAfterPaint(v, 'initial'), { initialProps: { v: 'a' } });
    expect(result.current).toBe('initial');
    await act(async () => void vi.advanceTimersToNextFrame());
    expect(result.current).toBe('initial'); // the frame is painted first…
    await act(async () => void vi.advanceTimersByTime(1));
    expect(result.current).toBe('a'); // …then the value follows
    rerender({ v: 'b' });
    expect(result.current).toBe('a');
    await act(async () => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe('b');
  });

  it('skips a value that was replaced before its frame came', async () => {
    const { result, rerender } = renderHook(({ v }) => useValueAfterPaint(v, 0), { initialProps: { v: 1 } });
    rerender({ v: 2 });
    rerender({ v: 3 });
    await act(async () => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(3);
  });
});
