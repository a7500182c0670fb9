import type { AppState } from '../store/appStore.ts';
import { selectMapEvents, type PlacedEvent } from '../store/selectors.ts';

const byIdOf = new WeakMap<readonly PlacedEvent[], ReadonlyMap<string, PlacedEvent>>();

/**
 * The selected event when the map shows it (the filters and the time window leave it), else null. A map
 * of ids kept per event list makes it O(1): the store runs selectors on every update (a hover, each step of
 * a timeline drag), and a scan of 100,000 events each time is what this replaces.
 */
export function selectSelectedOnMap(state: AppState): PlacedEvent | null {
  if (!state.selectedId) return null;
  const events = selectMapEvents(state);
  let byId = byIdOf.get(events);
  if (!byId) byIdOf.set(events, (byId = new Map(events.map((e) => [e.id, e]))));
  return byId.get(state.selectedId) ?? null;
}
