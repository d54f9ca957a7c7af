// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHeldWhileInactive, useNearViewport } from '../../src/components/use-near-viewport';

/** A stand-in IntersectionObserver whose crossings the test triggers by hand. */
class FakeObserver {
  static last: FakeObserver | undefined;
  options: IntersectionObserverInit | undefined;
  constructor(
    private cb: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {}
  cross(isIntersecting: boolean) {
    this.cb([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('useNearViewport()', () => {
  it('counts everything as near where the browser has no IntersectionObserver', () => {
    const { result } = renderHook(() => useNearViewport(useRef(document.createElement('div'))));
    expect(result.current).toBe(true);
  });

  it('follows the observer: far until the element comes within the margin, and far again when it leaves', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { result } = renderHook(() => useNearViewport(useRef(document.createElement('div')), '150px'));
    expect(result.current).toBe(false);
    expect(FakeObserver.last?.options?.rootMargin).toBe('150px 0px');
    act(() => FakeObserver.last!.cross(true));
    expect(result.current).toBe(true);
    act(() => FakeObserver.last!.cross(false));
    expect(result.current).toBe(false);
  });
});

describe('useHeldWhileInactive()', () => {
  it('passes values through while active and keeps the last one while inactive', () => {
    const { result, rerender } = renderHook(({ v, active }) => useHeldWhileInactive(v, active), {
      initialProps: { v: 'a', active: false },
    });
    expect(result.current).toBeUndefined(); // never active: nothing to show yet
    rerender({ v: 'b', active: true });
    expect(result.current).toBe('b');
    rerender({ v: 'c', active: false });
    expect(result.current).toBe('b');
    rerender({ v: 'd', active: false });
    expect(result.current).toBe('b');
    rerender({ v: 'd', active: true });
    expect(result.current).toBe('d');
  });
});

describe('useNearViewport() when printing', () => {
  it('counts every element as near before the page is printed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { result } = renderHook(() => useNearViewport(useRef(document.createElement('div'))));
    expect(result.current).toBe(false);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current).toBe(true);
  });
});
