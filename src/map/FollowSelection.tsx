import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLng } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectMapEvents, selectSelectedEvent } from '../store/selectors.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';

/**
 * Brings the selected event into view when the selection came from elsewhere (timeline, link). An event
 * the filters or the time window hide has no marker to show, so the map stays where it is.
 */
export function FollowSelection() {
  const map = useMap();
  const selected = useAppStore(selectSelectedEvent);
  const shown = useAppStore((s) => selectMapEvents(s).some((e) => e.id === s.selectedId));

  useEffect(function panToSelection() {
    const place = selected?.place;
    if (!place || !shown) return;
    const target = latLng(place.lat, place.lon);
    // Inside the inner 80% already: moving would only disorient.
    if (map.getBounds().pad(-0.1).contains(target)) return;
    map.panTo(target, { animate: !prefersReducedMotion() });
  }, [map, selected, shown]);

  return null;
}
