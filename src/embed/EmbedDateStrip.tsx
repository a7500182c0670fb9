import { useMemo } from 'react';
import { selectEvent, useAppStore } from '../store/appStore.ts';
import { selectTimelineEvents } from '../store/selectors.ts';
import { sortByDate } from '../store/sortByDate.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { TimeStrip } from '../timestrip/TimeStrip.tsx';

/**
 * The short frame's timeline: every shown event as a mark on one line, the selected one large with its
 * date. Below ~400 px of height the timeline's axis and rows would leave the map a sliver; this says when
 * in one line. A click on a mark selects its event.
 */
export function EmbedDateStrip() {
  const events = useAppStore(selectTimelineEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const sorted = useMemo(() => sortByDate(events), [events]);
  const dates = useMemo(() => sorted.map((e) => e.date), [sorted]);
  const index = sorted.findIndex((e) => e.id === selectedId);
  const current = index >= 0 ? index : null;
  const label = current === null
    ? `${sorted.length} events in time`
    : `Selected event ${current + 1} of ${sorted.length} in time: ${formatEventDate(sorted[current]!.date)}`;
  return <TimeStrip dates={dates} current={current} onPick={(i) => selectEvent(sorted[i]?.id ?? null)} label={label} />;
}
