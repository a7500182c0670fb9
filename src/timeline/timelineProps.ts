/**
 * Store state → the props updateTimeline applies. Rows are rebuilt only when the events or the grouping
 * change; the items are not built here at all: the drawer builds those the window needs (drawingPlan.ts),
 * from the time index. Hover or selection changes (the frequent ones) compare equal rows and index.
 */
import type { AppState } from '../store/appStore.ts';
import { selectTimelineEvents, selectTimelineIndex, type DatedEvent } from '../store/selectors.ts';
import { toTimelineGroups, type GroupLabelFactory } from './timelineGroups.ts';
import type { TimelineProps } from './updateTimeline.ts';

/** What the page knows and the store does not. */
export interface TimelineEnvironment {
  reduceMotion: boolean;
  width: number;
}

export function createTimelineProps(groupLabel: GroupLabelFactory): (state: AppState, env: TimelineEnvironment) => TimelineProps {
  let last: { events: DatedEvent[]; groupBy: AppState['groupBy']; groups: TimelineProps['groups'] } | null = null;

  return (state, env) => {
    const events = selectTimelineEvents(state);
    if (!last || last.events !== events || last.groupBy !== state.groupBy) {
      last = { events, groupBy: state.groupBy, groups: toTimelineGroups(events, state.groupBy, groupLabel) };
    }
    return {
      index: selectTimelineIndex(state),
      groupBy: state.groupBy,
      groups: last.groups,
      selectedId: state.selectedId,
      centreSelection: state.story !== null,
      hoveredId: state.hoveredId,
      window: state.window,
      ...env,
    };
  };
}
