import { useEffect, useMemo, useRef } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { selectEvent, setWindow, useAppStore } from '../store/appStore.ts';
import { selectDatedEvents, type DatedEvent } from '../store/selectors.ts';
import { itemContent } from './itemContent.ts';
import { timelineOptions } from './timelineOptions.ts';
import { toTimelineItems } from './toTimelineItems.ts';
import { updateTimeline, type TimelineProps } from './updateTimeline.ts';
import { useTimelineEvents } from './useTimelineEvents.ts';
import { useTimelineInstance } from './useTimelineInstance.ts';
import './timeline.css';

const handlers = { onSelect: selectEvent, onWindowChange: setWindow };
const content = (event: DatedEvent) => itemContent(event, selectEvent);

/**
 * The timeline view: vis-timeline behind a create / update / events split.
 * Live: items (from dated events), selectedId, window. Creation-only: timelineOptions.
 */
export function EventTimeline() {
  const container = useRef<HTMLDivElement>(null);
  const events = useAppStore(selectDatedEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const timeWindow = useAppStore((s) => s.window);
  const items = useMemo(() => toTimelineItems(events, content), [events]);

  const timeline = useTimelineInstance(container, timelineOptions);
  useTimelineEvents(timeline, handlers);

  // Previous props belong to one instance: a new one (StrictMode remount) starts from nothing.
  const applied = useRef<{ timeline: object; props: TimelineProps } | null>(null);
  useEffect(function applyProps() {
    if (!timeline) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const width = container.current?.clientWidth ?? 0;
    const next: TimelineProps = { items, selectedId, window: timeWindow, reduceMotion, width };
    const prev = applied.current?.timeline === timeline ? applied.current.props : null;
    updateTimeline(timeline, next, prev);
    applied.current = { timeline, props: next };
  }, [timeline, items, selectedId, timeWindow]);

  return <div ref={container} className="event-timeline" data-testid="timeline" />;
}
