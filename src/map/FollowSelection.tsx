import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { latLng } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { regionZoom } from './regionZoom.ts';
import { selectSelectedOnMap } from './selectSelectedOnMap.ts';

/** How the map answers a selection: `pan` brings it into view; `region` always frames it in its region. */
export type SelectionFraming = 'pan' | 'region';

/**
 * Brings the selected event into view when the selection came from elsewhere (timeline, link). An event
 * the filters or the time window hide has no marker to show, so the map stays where it is. In story mode,
 * and always with `framing="region"` (the embed, whose small map must show where its one event is), the
 * map flies to the place at a zoom showing it in its region (regionZoom), as a presenter would. The first
 * framing (a deep link) is instant: a flight across the world is no way to open a page.
 */
export function FollowSelection({ framing = 'pan' }: { framing?: SelectionFraming }) {
  const map = useMap();
  // Null for an event the filters or the time window hide: there is no marker to show.
  const selected = useAppStore(selectSelectedOnMap);
  const storyStep = useAppStore((s) => s.story?.step ?? null);
  const opening = useRef(true);

  useEffect(function frameSelection() {
    const first = opening.current;
    opening.current = false;
    const place = selected?.place;
    if (!place) return;
    const target = latLng(place.lat, place.lon);
    const animate = !first && !prefersReducedMotion();
    // The layout may have resized the map in this very update (story mode goes full-bleed): measure it now.
    map.invalidateSize();
    // Inside the inner 80% already: moving would only disorient.
    const inView = map.getBounds().pad(-0.1).contains(target);
    if (storyStep !== null || framing === 'region') {
      const zoom = regionZoom(map, place.lat, place.lon, place.precision);
      // A marker clicked in a framed region needs no new frame.
      if (storyStep === null && inView && Math.abs(map.getZoom() - zoom) <= 0.5) return;
      if (animate) map.flyTo(target, zoom, { duration: 1.2 });
      else map.setView(target, zoom, { animate: false });
      return;
    }
    if (!inView) map.panTo(target, { animate });
  }, [map, selected, storyStep, framing]);

  return null;
}
