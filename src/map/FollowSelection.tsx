import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { latLng } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectSelectedEvent } from '../store/selectors.ts';

/** Brings the selected event into view when the selection came from elsewhere (timeline, link). */
export function FollowSelection() {
  const map = useMap();
  const selected = useAppStore(selectSelectedEvent);

  useEffect(function panToSelection() {
    const place = selected?.place;
    if (!place) return;
    const target = latLng(place.lat, place.lon);
    // Inside the inner 80% already: moving would only disorient.
    if (map.getBounds().pad(-0.1).contains(target)) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.panTo(target, { animate: !reduceMotion });
  }, [map, selected]);

  return null;
}
