import './eventList.css';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useAppStore } from '../store/appStore.ts';
import { selectWindowedByDate } from '../store/selectors.ts';
import { EventRow } from './EventRow.tsx';
import { keepRowsRendered } from './keepRowsRendered.ts';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

// A one-line title with its meta line; rows are measured once drawn, this only sizes the scroll bar before.
const ESTIMATED_ROW_PX = 64;
// Rows drawn beyond each edge of the view, so a short scroll or an arrow key finds them already there.
const OVERSCAN = 6;
const LIST_PADDING_PX = 4;

const estimateSize = () => ESTIMATED_ROW_PX;

const rowIndex = (node: EventTarget | null): number | null => {
  const row = node instanceof Element ? node.closest<HTMLElement>('[data-index]') : null;
  return row ? Number(row.dataset.index) : null;
};

/**
 * The visible events as a list of buttons, by date: the screen-reader and keyboard alternative to the map.
 * Virtualised (@tanstack/react-virtual): only the rows near the view are in the DOM, so ten thousand
 * events cost what thirty do; each row says its position and the list's size (aria-posinset/-setsize).
 * One row is in the tab order (roving tabindex: the selected one, else the first) and is always rendered;
 * arrow keys, Home and End move between rows (rendering the row reached at once, then scrolling to it); Enter
 * or Space selects. The selected row carries aria-current and is kept in view when selected from elsewhere.
 * The scroll container is the Events section around the list (App.tsx), under its sticky header.
 */
export function EventList() {
  // Sorted once per dataset and filtered in that order (selectors.ts): a window change does not sort again.
  const sorted = useAppStore(selectWindowedByDate);
  const selectedId = useAppStore((s) => s.selectedId);
  // Row lookups by id in O(1): with ten thousand rows, a scan per render (or per row) is what made it slow.
  // A scan when the list or the selection changes, not a map of every id: at 80k events building that map
  // on each window step was half of a timeline drag's frame, for one look-up.
  const selectedIndex = useMemo(() => {
    if (selectedId === null) return undefined;
    const index = sorted.findIndex((e) => e.id === selectedId);
    return index < 0 ? undefined : index;
  }, [sorted, selectedId]);
  const tabbableIndex = selectedIndex ?? 0;
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // A stable key function: the virtualizer re-measures every row (O(all events)) whenever it changes, and a
  // new one on each render made a selection at 84k events re-measure 84k rows.
  const getItemKey = useCallback((i: number) => sorted[i]!.id, [sorted]);
  // Where the list starts in the scroll container: below the section's sticky header.
  const [listTop, setListTop] = useState(0);

  // The virtualizer hands back functions that change identity; the React Compiler must not memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => list.current?.parentElement ?? null,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    // The sticky header covers the top of the container: a row scrolled "to the start" lands below it.
    scrollPaddingStart: listTop + LIST_PADDING_PX,
    scrollPaddingEnd: LIST_PADDING_PX,
    paddingStart: LIST_PADDING_PX,
    paddingEnd: LIST_PADDING_PX,
    rangeExtractor: (range) => keepRowsRendered(range, [tabbableIndex, focusedIndex]),
  });

  const hasRows = sorted.length > 0;
  useEffect(function measureListTop() {
    const box = list.current?.parentElement;
    if (!box || !hasRows) return;
    // The header can wrap when the panel narrows: measure again whenever the container resizes.
    const observer = new ResizeObserver(() => {
      const ol = list.current;
      if (ol) setListTop(ol.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - box.clientTop);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [hasRows]);

  useEffect(function keepSelectedRowInView() {
    // Scrolls only the list, never the page: a selection on the map must not jump a phone's page down here.
    // "auto" leaves a row already in view where it is.
    if (selectedIndex !== undefined) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (e: KeyboardEvent<HTMLOListElement>) => {
    const step = MOVES[e.key];
    const index = rowIndex(document.activeElement);
    if (!step || index === null) return;
    e.preventDefault();
    const target = step(index, sorted.length - 1);
    // The row reached may be far from the drawn ones (End): pin it as the focused row and render it now, so
    // focus lands on it before the next key (an Enter right after End selects the last event, not the
    // first), then scroll the list to it.
    flushSync(() => setFocusedIndex(target));
    list.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)?.focus({ preventScroll: true });
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };
  const onFocus = (e: FocusEvent<HTMLOListElement>) => setFocusedIndex(rowIndex(e.target));
  const onBlur = (e: FocusEvent<HTMLOListElement>) => {
    if (!list.current?.contains(e.relatedTarget)) setFocusedIndex(null);
  };

  if (!hasRows) return <p className="event-list__empty">No events match the filters.</p>;
  return (
    <ol ref={list} className="event-list" onKeyDown={move} onFocus={onFocus} onBlur={onBlur}
      aria-label={`${sorted.length} events by date`} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <EventRow key={row.key} event={sorted[row.index]!} index={row.index} size={sorted.length}
          top={row.start - listTop} tabbable={row.index === tabbableIndex} current={row.index === selectedIndex}
          measure={virtualizer.measureElement} />
      ))}
    </ol>
  );
}
