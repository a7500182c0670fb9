import { memo } from 'react';
import type { Event } from '../compiler/schema.ts';
import { selectEvent, setHovered } from '../store/appStore.ts';
import { summarizeCasualties } from '../data/describeCasualties.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { CertaintyLabel } from './CertaintyLabel.tsx';
import { revealDetails } from './revealDetails.ts';

interface EventRowProps {
  event: Event;
  /** Position in the whole list, from 0; the row's `data-index` for the virtualizer. */
  index: number;
  size: number;
  /** Offset from the list's top, in px: rows are placed absolutely, as only some of them exist. */
  top: number;
  tabbable: boolean;
  current: boolean;
  measure: (node: HTMLLIElement | null) => void;
}

/**
 * One row of the Events list: a button that selects the event and hovers it on mouse and focus. Memoised:
 * scrolling re-renders the list, and a row whose props did not change is not rendered again. Its set size
 * and position tell screen readers where it is, since the list holds only the rows near the view.
 */
export const EventRow = memo(function EventRow({ event: e, index, size, top, tabbable, current, measure }: EventRowProps) {
  const casualties = summarizeCasualties(e.sources);
  return (
    <li ref={measure} data-index={index} aria-setsize={size} aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}>
      <button type="button" className="event-row" tabIndex={tabbable ? 0 : -1}
        aria-current={current ? 'true' : undefined} onClick={() => { selectEvent(e.id); revealDetails(); }}
        onMouseEnter={() => setHovered(e.id)} onMouseLeave={() => setHovered(null)}
        onFocus={() => setHovered(e.id)} onBlur={() => setHovered(null)}>
        <span className="event-row__title">{e.title}</span>
        <span className="event-row__meta">
          <span>{formatEventDate(e.date)}</span>
          <span>{e.place?.name ?? 'Place unknown'}</span>
          <CertaintyLabel certainty={e.certainty} />
          {casualties ? <span className="event-row__casualties">{casualties}</span> : null}
        </span>
      </button>
    </li>
  );
});
