/**
 * The keyboard's path through the timeline: every event in time order (the time index's order, by start
 * then end), across rows, so the arrow keys read the events as history does and not row by row, and reach
 * events the window does not draw yet. Pure; the roving focus (useRovingItems) applies it.
 */

export type ItemMove = 'next' | 'previous' | 'first' | 'last';

const KEY_MOVES: Record<string, ItemMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** The move a key asks for, or null for keys the items leave alone. */
export function moveForKey(key: string): ItemMove | null {
  return KEY_MOVES[key] ?? null;
}

/**
 * Where a move from position `from` (in time order, of `count` events) lands, or null without events; the
 * ends stay put (no wrapping, like a list), and a move from an event not on the timeline goes to the first.
 */
export function stepTo(count: number, from: number | undefined, move: ItemMove): number | null {
  if (count === 0) return null;
  if (move === 'first') return 0;
  if (move === 'last') return count - 1;
  if (from === undefined) return 0;
  return Math.min(Math.max(from + (move === 'next' ? 1 : -1), 0), count - 1);
}
