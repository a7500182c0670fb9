import { useCallback, useMemo, useRef } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { appStore, selectEvent, setHovered, setWindow, useAppStore, type TimeWindow } from '../store/appStore.ts';
import type { DatedEvent } from '../store/selectors.ts';
import { itemAreaWidth } from './itemAreaWidth.ts';
import { itemContent } from './itemContent.ts';
import { KEYBOARD_HINT, KEYBOARD_HINT_ID } from './keyboardHint.ts';
import { textLabel } from './textLabel.ts';
import { createTimelineProps } from './timelineProps.ts';
import { CROWDED_EVENTS, crowdedTimelineOptions, timelineOptions } from './timelineOptions.ts';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useFocusedItemInView } from './useFocusedItemInView.ts';
import { useRovingItems } from './useRovingItems.ts';
import { useTimelineEvents } from './useTimelineEvents.ts';
import { useTimelineInstance } from './useTimelineInstance.ts';
import { useTimelineSync } from './useTimelineSync.ts';
import { useSelectedUnclustered } from './useSelectedUnclustered.ts';
import './timeline.css';

const itemHandlers = { onActivate: selectEvent, onHover: setHovered };
const toProps = createTimelineProps(
  (event: DatedEvent) => itemContent(event, itemHandlers),
  groupLabel,
);

/** A row label that names its row, so the adapter can find a row vis has not drawn items in (itemRevealer). */
function groupLabel(text: string, id: string): HTMLElement {
  const label = textLabel(text, 'event-group__label');
  label.setAttribute('data-group-id', id);
  return label;
}

/**
 * The timeline view: vis-timeline behind a create / update / events split, with its toolbar.
 * Live (through store.subscribe, not React renders): items and rows (from the filtered dated events and
 * the grouping), selectedId, hoveredId, window. Creation-only: timelineOptions.
 */
export function EventTimeline() {
  const container = useRef<HTMLDivElement>(null);
  // Chosen by the dataset's size, which a build fixes: the options stay creation-only.
  const crowded = useAppStore((s) => s.dataset.events.length > CROWDED_EVENTS);
  const options = useMemo(() => (crowded ? crowdedTimelineOptions((id) => id === appStore.getState().selectedId) : timelineOptions), [crowded]);
  const timeline = useTimelineInstance(container, options);
  useSelectedUnclustered(timeline, crowded);

  // The visible window as data attributes: tests and embedders read what is shown, the store only holds
  // what the user chose.
  const showWindow = useCallback(({ start, end }: TimeWindow) => {
    container.current?.setAttribute('data-window-start', String(start));
    container.current?.setAttribute('data-window-end', String(end));
  }, []);
  const handlers = useMemo(
    () => ({ onSelect: selectEvent, onWindowChange: setWindow, onHover: setHovered, onWindowSettled: showWindow }),
    [showWindow],
  );
  useTimelineEvents(timeline?.timeline ?? null, handlers);
  useTimelineSync(timeline, container, toProps);
  useFocusedItemInView(timeline?.timeline ?? null, container);
  useRovingItems(timeline, container);

  const width = useCallback(() => itemAreaWidth(container.current), []);
  return (
    <div className="event-timeline">
      <TimelineToolbar timeline={timeline} width={width} />
      <div ref={container} className="event-timeline__canvas" data-testid="timeline" />
      <p id={KEYBOARD_HINT_ID} className="visually-hidden">{KEYBOARD_HINT}</p>
    </div>
  );
}
