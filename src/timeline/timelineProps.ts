/**
 * Store state → the props updateTimeline applies. Items and groups are rebuilt only when the events or the
 * grouping change, and each event keeps its label element for as long as the event object lives: a
 * regrouping then moves items without re-creating their DOM, and hover or selection changes (the frequent
 * ones) compare equal arrays and cost nothing.
 */
import type { AppState } from '../store/appStore.ts';
import { selectTimelineEvents, type DatedEvent } from '../store/selectors.ts';
import { toTimelineGroups, type GroupLabelFactory } from './timelineGroups.ts';
import { toTimelineItems, type ItemContentFactory } from './toTimelineItems.ts';
import type { TimelineProps } from './updateTimeline.ts';

/** What the page knows and the store does not. */
export interface TimelineEnvironment {
  reduceMotion: boolean;
  width: number;
}

export function createTimelineProps(
  content: ItemContentFactory,
  groupLabel: GroupLabelFactory,
): (state: AppState, env: TimelineEnvironment) => TimelineProps {
  const contents = new WeakMap<DatedEvent, ReturnType<ItemContentFactory>>();
  const cachedContent: ItemContentFactory = (event) => {
    let element = contents.get(event);
    if (element === undefined) contents.set(event, (element = content(event)));
    return element;
  };
  let last: { events: DatedEvent[]; groupBy: AppState['groupBy']; derived: Pick<TimelineProps, 'items' | 'groups'> } | null = null;

  return (state, env) => {
    const events = selectTimelineEvents(state);
    if (!last || last.events !== events || last.groupBy !== state.groupBy) {
      const derived = {
        items: toTimelineItems(events, state.groupBy, cachedContent),
        groups: toTimelineGroups(events, state.groupBy, groupLabel),
      };
      last = { events, groupBy: state.groupBy, derived };
    }
    return {
      ...last.derived,
      selectedId: state.selectedId,
      centreSelection: state.story !== null,
      hoveredId: state.hoveredId,
      window: state.window,
      ...env,
    };
  };
}
