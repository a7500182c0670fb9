import { useId } from 'react';
import { appStore, setGroupBy, setWindow, setWindowFilter, useAppStore, type TimelineGrouping } from '../store/appStore.ts';
import { selectTimelineIndex } from '../store/selectors.ts';
import { framingWindow } from './framingWindow.ts';
import type { TimelineHandle } from './useTimelineInstance.ts';
import { zoomWindow } from './zoomWindow.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';

const GROUPINGS: { value: TimelineGrouping; label: string }[] = [
  { value: 'type', label: 'Type' },
  { value: 'place', label: 'Place' },
];

interface TimelineToolbarProps {
  /** The live timeline, null until it is created (the buttons are disabled until then). */
  timeline: TimelineHandle | null;
  /** The timeline's width in pixels, to frame "Fit all" like the first view. */
  width: () => number;
}

/**
 * Grouping, zoom and the map's window filter. Zooming writes the new window to the store like any user
 * move; the store then moves the timeline (see updateTimeline), so buttons, drags and links share one path.
 * Live: timeline. Creation-only: width.
 */
export function TimelineToolbar({ timeline, width }: TimelineToolbarProps) {
  const groupBy = useAppStore((s) => s.groupBy);
  const windowFilter = useAppStore((s) => s.windowFilter);
  const name = useId();

  const zoom = (factor: number) => {
    if (!timeline) return;
    const { start, end } = timeline.getWindow();
    setWindow(zoomWindow({ start: start.valueOf(), end: end.valueOf() }, factor));
  };
  const fitAll = () => {
    if (!timeline) return;
    // Clearing a store window reframes through updateTimeline; without one (the view only moved to show
    // a selection) there is no store change to react to, so frame here.
    if (appStore.getState().window) return setWindow(null);
    const frame = framingWindow(selectTimelineIndex(appStore.getState()).extent, width());
    const animation = !prefersReducedMotion();
    if (frame) timeline.setWindow(frame.start, frame.end, { animation });
  };

  const limitMap = (on: boolean) => {
    // Until the reader moves the timeline the store holds no window, and the map would show everything;
    // the period on screen (framed, or moved to show a selection) is what the label promises.
    if (on && timeline && !appStore.getState().window) {
      const { start, end } = timeline.getWindow();
      setWindow({ start: start.valueOf(), end: end.valueOf() });
    }
    setWindowFilter(on);
  };

  return (
    <div className="timeline-toolbar">
      <fieldset className="timeline-toolbar__group">
        <legend className="timeline-toolbar__legend">Group by</legend>
        {GROUPINGS.map(({ value, label }) => (
          <label key={value} className="timeline-toolbar__segment">
            <input type="radio" name={name} value={value} checked={groupBy === value} onChange={() => setGroupBy(value)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="timeline-toolbar__zoom">
        <button type="button" aria-label="Zoom in timeline" title="Zoom in timeline" disabled={!timeline} onClick={() => zoom(0.5)}>+</button>
        <button type="button" aria-label="Zoom out timeline" title="Zoom out timeline" disabled={!timeline} onClick={() => zoom(2)}>−</button>
        <button type="button" disabled={!timeline} onClick={fitAll}>Fit all</button>
      </div>
      <label className="timeline-toolbar__filter">
        <input type="checkbox" checked={windowFilter} onChange={(e) => limitMap(e.target.checked)} />
        Map shows only the visible period
      </label>
    </div>
  );
}
