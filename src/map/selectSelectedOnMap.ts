import type { AppState } from '../store/appStore.ts';
import { selectOnMap, type PlacedEvent } from '../store/selectors.ts';

/**
 * The selected event when the map shows it (the filters and the time window leave it), else null. O(1)
 * (selectOnMap reads the event's filter and window bits): the store runs selectors on every update (a
 * hover, each step of a timeline drag), and a scan of, or a map over, 100,000 events each time is what
 * this replaces.
 */
export const selectSelectedOnMap = (state: AppState): PlacedEvent | null => selectOnMap(state, state.selectedId);

/** The hovered event (from any view) when the map shows it, else null; O(1) like the selection's. */
export const selectHoveredOnMap = (state: AppState): PlacedEvent | null => selectOnMap(state, state.hoveredId);
