/** What a key does in presentation mode. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'quotes';

/** The action of a key (KeyboardEvent.key), or undefined for keys presentation mode leaves alone. */
export function slideAction(key: string): SlideAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    case 'q':
    case 'Q':
      return 'quotes';
    default:
      return undefined;
  }
}

/** The slide a move leads to: it stops at either end rather than wrapping round (a talk has an order). */
export function stepSlide(ids: readonly string[], current: string, action: 'next' | 'previous' | 'first' | 'last'): string {
  if (ids.length === 0) throw new Error('invalid slides: none');
  const at = Math.max(0, ids.indexOf(current));
  const to =
    action === 'first' ? 0 : action === 'last' ? ids.length - 1 : action === 'next' ? Math.min(ids.length - 1, at + 1) : Math.max(0, at - 1);
  return ids[to]!;
}
