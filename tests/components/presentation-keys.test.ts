import { describe, expect, it } from 'vitest';
import { slideAction, stepSlide } from '../../src/components/presentation-keys';

describe('slideAction()', () => {
  it('moves with the arrows, space and page keys, leaves with Escape and shows quotes with q', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'q', 'Q'].map(slideAction)).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'leave',
      'quotes',
      'quotes',
    ]);
    expect(slideAction('a')).toBeUndefined();
  });
});

describe('stepSlide()', () => {
  const ids = ['a', 'b', 'c'];
  it('steps forward and back, stopping at either end', () => {
    expect(stepSlide(ids, 'a', 'next')).toBe('b');
    expect(stepSlide(ids, 'c', 'next')).toBe('c');
    expect(stepSlide(ids, 'b', 'previous')).toBe('a');
    expect(stepSlide(ids, 'a', 'previous')).toBe('a');
    expect([stepSlide(ids, 'b', 'first'), stepSlide(ids, 'a', 'last')]).toEqual(['a', 'c']);
  });
  it('starts from the first slide when the current one is unknown, and refuses no slides', () => {
    expect(stepSlide(ids, 'zzz', 'next')).toBe('b');
    expect(() => stepSlide([], 'a', 'next')).toThrow('invalid slides: none');
  });
});
