import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows the virtualised Events list renders: the visible ones plus overscan, and also the rows that must
 * exist even when scrolled out of view — the roving Tab stop (else Tab would skip the list, and the skip
 * link would have nothing to focus) and the row holding focus (else scrolling with the wheel would drop
 * focus to the page). Ascending, so the DOM order stays the reading order.
 */
export function keepRowsRendered(range: Range, pinned: readonly (number | null | undefined)[]): number[] {
  const indexes = defaultRangeExtractor(range);
  const extra = pinned.filter((i): i is number => i != null && i >= 0 && i < range.count && !indexes.includes(i));
  return extra.length === 0 ? indexes : [...indexes, ...new Set(extra)].sort((a, b) => a - b);
}
