/**
 * Timeline rows. Events are grouped by type (in the schema's order, so rows keep their place as filters
 * change) or by place (busiest first, then by name); events without a place share an "Unknown place" row.
 * Pure apart from the label factory, which the adapter passes in (it builds DOM; tests pass a stub).
 */
import { EVENT_TYPES, EVENT_TYPE_TABLE } from '../data/eventTypes.ts';
import type { TimelineGrouping } from '../store/appStore.ts';
import type { DatedEvent } from '../store/selectors.ts';


export const UNKNOWN_PLACE = 'Unknown place';
/** Ids are prefixed by grouping, so a row never keeps its id across a switch and vis rebuilds it. */
const UNKNOWN_PLACE_ID = 'place:?';

/**
 * A named place's row id. Any text can be a place name, "?" included, so names that start with "?" get one
 * more "?" in front: a place named "?" gets `place:??`, and only events with no place get `place:?`.
 */
const placeId = (name: string) => `place:${name.startsWith('?') ? `?${name}` : name}`;

export interface TimelineGroupSpec {
  id: string;
  order: number;
  content: HTMLElement | string;
}

/** A row's label; it gets the row's id too, for the adapter to find the row on screen. */
export type GroupLabelFactory = (text: string, id: string) => HTMLElement | string;

/** The row an event belongs to. */
export function groupIdOf(event: DatedEvent, groupBy: TimelineGrouping): string {
  if (groupBy === 'type') return `type:${event.type}`;
  return event.place ? placeId(event.place.name) : UNKNOWN_PLACE_ID;
}

/** The rows the given events need, in display order (vis sorts by `order`). */
export function toTimelineGroups(
  events: readonly DatedEvent[],
  groupBy: TimelineGrouping,
  label: GroupLabelFactory,
): TimelineGroupSpec[] {
  const rows = groupBy === 'type' ? typeRows(events) : placeRows(events);
  return rows.map(([id, text], order) => ({ id, order, content: label(text, id) }));
}

function typeRows(events: readonly DatedEvent[]): [string, string][] {
  const present = new Set(events.map((e) => e.type));
  return EVENT_TYPES.filter((t) => present.has(t)).map((t) => [`type:${t}`, EVENT_TYPE_TABLE[t].label]);
}

function placeRows(events: readonly DatedEvent[]): [string, string][] {
  const counts = new Map<string, number>();
  let unknown = false;
  for (const e of events) {
    if (e.place) counts.set(e.place.name, (counts.get(e.place.name) ?? 0) + 1);
    else unknown = true;
  }
  const named = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en'))
    .map(([name]): [string, string] => [placeId(name), name]);
  return unknown ? [...named, [UNKNOWN_PLACE_ID, UNKNOWN_PLACE]] : named;
}
