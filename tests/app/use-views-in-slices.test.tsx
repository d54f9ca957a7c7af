// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useViewsInSlices } from '../../src/app/use-views-in-slices';
import type { ViewSpec } from '../../src/charts/view-types';
import { VIEWS } from '../../src/views/views';
import { dataset, viewContext } from '../charts/view-context';

/** A scheduler the test runs by hand: each queued step is one task. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  const schedule = (step: () => void) => {
    queue.push(step);
    return () => {
      const i = queue.indexOf(step);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  const runAll = () => {
    let tasks = 0;
    while (queue.length) {
      act(() => queue.shift()!());
      tasks++;
    }
    return tasks;
  };
  return { schedule, runAll, pending: () => queue.length };
}

const ctx = viewContext();

describe('useViewsInSlices()', () => {
  it('starts from every view built with no claims, then delivers every view built from the claims', () => {
    const s = manualScheduler();
    const { result } = renderHook(() => useViewsInSlices(VIEWS, dataset.claims, ctx, false, s.schedule));
    expect(result.current.map((b) => b.claims.length)).toEqual(VIEWS.map(() => 0));
    s.runAll();
    expect(result.current.map((b) => b.spec.id)).toEqual(VIEWS.map((v) => v.id));
    expect(result.current.find((b) => b.spec.id === 'liquid-cooling')!.claims.length).toBeGreaterThan(0);
  });

  it('yields between slices when views are slow to build', () => {
    const s = manualScheduler();
    const slow: ViewSpec[] = VIEWS.map((v) => ({
      ...v,
      build: (claims, c) => {
        const until = performance.now() + 15; // longer than a slice
        while (performance.now() < until);
        return v.build(claims, c);
      },
    }));
    renderHook(() => useViewsInSlices(slow, dataset.claims, ctx, false, s.schedule));
    expect(s.runAll()).toBe(slow.length); // one view per task
  });

  it('abandons an older build when the claims change', () => {
    const s = manualScheduler();
    const few = dataset.claims.filter((c) => c.topic === 'liquid_cooling');
    const { result, rerender } = renderHook(({ claims }) => useViewsInSlices(VIEWS, claims, ctx, false, s.schedule), {
      initialProps: { claims: dataset.claims },
    });
    rerender({ claims: few });
    expect(s.pending()).toBe(1); // the older build's next slice was cancelled
    s.runAll();
    const total = result.current.reduce((n, b) => n + b.claims.length, 0);
    expect(total).toBeLessThanOrEqual(few.length * VIEWS.length);
    expect(result.current.find((b) => b.spec.id === 'market-size')!.claims).toEqual([]);
  });
});
