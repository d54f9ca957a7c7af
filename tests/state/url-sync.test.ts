// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { startUrlSync, URL_WRITE_DELAY_MS } from '../../src/state/url-sync';

const known = {
  sources: new Set(['caict-he-2024']),
  claims: new Set<string>(),
  questions: new Map([['compute-growth', ['doubling_months', 'x_per_year', 'annual_percent']]]),
};

describe('startUrlSync()', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?lang=en&kind=forecast');
  });
  afterEach(() => {
    stop();
    useAppStore.getState().resetFilters();
    vi.useRealTimers();
  });

  it('reads the address bar once at start-up', () => {
    stop = startUrlSync(known);
    expect(useAppStore.getState().lang).toBe('en');
    expect(useAppStore.getState().filters.kinds).toEqual(['forecast']);
  });

  it('writes a burst of changes once, after a pause', () => {
    stop = startUrlSync(known);
    const spy = vi.spyOn(window.history, 'replaceState');
    useAppStore.getState().setFilters({ kinds: ['observed'] });
    useAppStore.getState().setFilters({ kinds: ['observed', 'target'] });
    expect(spy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('kind=observed%2Ctarget');
    spy.mockRestore();
  });

  it('writes a pending change at once when the page is hidden', () => {
    stop = startUrlSync(known);
    useAppStore.getState().setFilters({ kinds: ['target'] });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toContain('kind=target');
  });

  it('stops writing once stopped', () => {
    stop = startUrlSync(known);
    stop();
    useAppStore.getState().setFilters({ kinds: ['estimate'] });
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 2);
    expect(window.location.search).not.toContain('estimate');
  });
});
