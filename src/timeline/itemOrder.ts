/**
 * The keyboard's path through the timeline: every item in time order, across rows, so the arrow keys
 * read the events as history does and not row by row. Pure; the roving focus (useRovingItems) applies it.
 */
import type { TimelineItem } from 'vis-timeline/esnext';
import { itemSpan } from './windowShowing.ts';

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

/** Item ids by start, then end; items that tie keep their order (the events' order). */
export function timeOrder(items: readonly Pick<TimelineItem, 'id' | 'start' | 'end'>[]): string[] {
  return items
    .map((item) => ({ id: String(item.id), span: itemSpan(item) }))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .map(({ id }) => id);
}

/** Where a move from `from` lands; the ends stay put (no wrapping, like a list). */
export function stepTo(order: readonly string[], from: string, move: ItemMove): string | null {
  if (order.length === 0) return null;
  if (move === 'first') return order[0]!;
  if (move === 'last') return order[order.length - 1]!;
  const at = order.indexOf(from);
  if (at < 0) return order[0]!;
  return order[Math.min(Math.max(at + (move === 'next' ? 1 : -1), 0), order.length - 1)]!;
}
