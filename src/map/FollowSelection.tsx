import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLng } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectMapEvents, selectSelectedEvent } from '../store/selectors.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { storyZoom } from './storyZoom.ts';

/**
 * Brings the selected event into view when the selection came from elsewhere (timeline, link). An event
 * the filters or the time window hide has no marker to show, so the map stays where it is. In story mode
 * each step flies to its place at a zoom that suits the place's precision, as a presenter would.
 */
export function FollowSelection() {
  const map = useMap();
  const selected = useAppStore(selectSelectedEvent);
  const shown = useAppStore((s) => selectMapEvents(s).some((e) => e.id === s.selectedId));
  const storyStep = useAppStore((s) => s.story?.step ?? null);

  useEffect(function panToSelection() {
    const place = selected?.place;
    if (!place || !shown) return;
    const target = latLng(place.lat, place.lon);
    const animate = !prefersReducedMotion();
    if (storyStep !== null) {
      const zoom = storyZoom(place.precision);
      if (animate) map.flyTo(target, zoom, { duration: 1.2 });
      else map.setView(target, zoom, { animate: false });
      return;
    }
    // Inside the inner 80% already: moving would only disorient.
    if (map.getBounds().pad(-0.1).contains(target)) return;
    map.panTo(target, { animate });
  }, [map, selected, shown, storyStep]);

  return null;
}
