import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { appStore, type AppState } from '../store/appStore.ts';
import { selectMapEvents, type PlacedEvent } from '../store/selectors.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { eventsBox, subjectFrame } from './subjectFrame.ts';
import { unionBox, type GeoBox } from './geoBox.ts';
import { fitFrame } from './fitFrame.ts';
import { selectSelectedOnMap } from './selectSelectedOnMap.ts';

const sameBox = (a: GeoBox | null, b: GeoBox | null) => JSON.stringify(a) === JSON.stringify(b);

/** Subject frames per event list: a filter change compares the new frame with the previous one's. */
const subjects = new WeakMap<readonly PlacedEvent[], GeoBox | null>();

/** What the events left by the filters call for: their subject, and the selection if it survived. */
function frameFor(state: AppState): GeoBox | null {
  const events = selectMapEvents(state);
  let frame = subjects.get(events);
  if (frame === undefined) subjects.set(events, (frame = subjectFrame(events)));
  const selected = selectSelectedOnMap(state);
  const around = selected && eventsBox([selected]);
  return frame && around ? unionBox(frame, around) : frame;
}

/**
 * Reframes the map on what a search or a filter leaves, like the first view (subjectFrame). Only on
 * changes of the filters: the time window filter changes the markers at every step of a timeline drag,
 * and a map jumping under the reader's drag would be useless. Not when nothing is left (the map stays
 * put, the reader sees where they were), not when the frame would not change, and not in story mode,
 * where each step frames itself (FollowSelection). A selection still shown stays in frame, so this and
 * FollowSelection agree.
 */
export function ReframeOnFilters() {
  const map = useMap();
  useEffect(() => appStore.subscribe(function reframe(state, previous) {
    if (state.filters === previous.filters || state.story) return;
    const frame = frameFor(state);
    if (!frame || sameBox(frame, frameFor(previous))) return;
    fitFrame(map, frame, !prefersReducedMotion());
  }), [map]);
  return null;
}
