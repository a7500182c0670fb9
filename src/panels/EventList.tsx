import './eventList.css';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { selectEvent, setHovered, useAppStore } from '../store/appStore.ts';
import { selectWindowedEvents } from '../store/selectors.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { CertaintyLabel } from './CertaintyLabel.tsx';
import { sortByDate } from '../store/sortByDate.ts';
import { revealDetails } from './revealDetails.ts';

const MOVES: Record<string, (i: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * The visible events as a list of buttons, by date: the screen-reader and keyboard alternative to the map.
 * One row is in the tab order (roving tabindex); arrow keys, Home and End move between rows; Enter or Space
 * selects. The selected row carries aria-current.
 */
export function EventList() {
  const events = useAppStore(selectWindowedEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const sorted = useMemo(() => sortByDate(events), [events]);
  const list = useRef<HTMLOListElement>(null);
  const tabbable = sorted.some((e) => e.id === selectedId) ? selectedId : sorted[0]?.id;

  useEffect(function keepSelectedRowInView() {
    // Scroll only the list, never the page: a selection on the map must not jump a phone's page down here.
    const box = list.current?.parentElement;
    const row = list.current?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !row) return;
    const top = row.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - 8;
  }, [selectedId]);

  const move = (e: KeyboardEvent<HTMLOListElement>) => {
    const step = MOVES[e.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (!step || index < 0) return;
    e.preventDefault();
    buttons[step(index, buttons.length - 1)]?.focus();
  };

  if (sorted.length === 0) return <p className="event-list__empty">No events match the filters.</p>;
  return (
    <ol ref={list} className="event-list" onKeyDown={move} aria-label={`${sorted.length} events by date`}>
      {sorted.map((e) => (
        <li key={e.id}>
          <button type="button" className="event-row" tabIndex={e.id === tabbable ? 0 : -1}
            aria-current={e.id === selectedId ? 'true' : undefined} onClick={() => { selectEvent(e.id); revealDetails(); }}
            onMouseEnter={() => setHovered(e.id)} onMouseLeave={() => setHovered(null)}
            onFocus={() => setHovered(e.id)} onBlur={() => setHovered(null)}>
            <span className="event-row__title">{e.title}</span>
            <span className="event-row__meta">
              <span>{formatEventDate(e.date)}</span>
              <span>{e.place?.name ?? 'Place unknown'}</span>
              <CertaintyLabel certainty={e.certainty} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
