import { useCallback, useMemo, useRef, useState } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { selectEvent, setHovered, setWindow, type TimeWindow } from '../store/appStore.ts';
import { describeBucket } from './densityBuckets.ts';
import { densityStrip } from './densityStrip.ts';
import { createDrawFactories } from './drawFactories.ts';
import type { Plan } from './drawingPlan.ts';
import { itemAreaWidth } from './itemAreaWidth.ts';
import { itemContent } from './itemContent.ts';
import { KEYBOARD_HINT, KEYBOARD_HINT_ID } from './keyboardHint.ts';
import { textLabel } from './textLabel.ts';
import { createTimelineProps } from './timelineProps.ts';
import { timelineOptions } from './timelineOptions.ts';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useFocusedItemInView } from './useFocusedItemInView.ts';
import { useRovingItems } from './useRovingItems.ts';
import { useTimelineEvents } from './useTimelineEvents.ts';
import { useTimelineInstance } from './useTimelineInstance.ts';
import { useTimelineSync } from './useTimelineSync.ts';
import './timeline.css';

const itemHandlers = { onActivate: selectEvent, onHover: setHovered };
const factories = createDrawFactories((event) => itemContent(event, itemHandlers), densityStrip);
const toProps = createTimelineProps(groupLabel);

/** A row label that names its row, so the adapter can find a row vis has not drawn items in (itemRevealer). */
function groupLabel(text: string, id: string): HTMLElement {
  const label = textLabel(text, 'event-group__label');
  label.setAttribute('data-group-id', id);
  return label;
}

/** What the density strips mean, read out when the timeline turns to them; empty while boxes are drawn. */
function describePlan(plan: Plan): string {
  if (plan.mode === 'items' || plan.bucketMs === null) return '';
  return `Too many events to draw one by one: one bar per ${describeBucket(plan.bucketMs)} counts each row's events. Zoom in to see the events.`;
}

/**
 * The timeline view: vis-timeline behind a create / update / events split, with its toolbar.
 * Live (through store.subscribe, not React renders): rows and the time index (from the filtered dated
 * events and the grouping), selectedId, hoveredId, window. Creation-only: timelineOptions.
 * vis is handed only what the window needs: the events' boxes when they fit, density strips when not.
 */
export function EventTimeline() {
  const container = useRef<HTMLDivElement>(null);
  const [description, setDescription] = useState('');
  // Re-renders only when the words change (a mode switch, a zoom that changes the bars' length).
  const onPlan = useCallback((plan: Plan) => setDescription(describePlan(plan)), []);
  const timeline = useTimelineInstance(container, timelineOptions, factories, onPlan);

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
      <div className="event-timeline__body">
        <div ref={container} className="event-timeline__canvas" data-testid="timeline" />
        {/* Over the axis, top right: it covers no bar, and its coming and going moves no row. */}
        <p className="event-timeline__density-note" role="status">{description}</p>
      </div>
      <p id={KEYBOARD_HINT_ID} className="visually-hidden">{KEYBOARD_HINT}</p>
    </div>
  );
}
