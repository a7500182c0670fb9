import { useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { selectEvent } from '../store/appStore.ts';
import type { PlacedEvent } from '../store/selectors.ts';
import { markerIcon } from './markerIcon.ts';

interface EventMarkerProps {
  event: PlacedEvent;
  selected: boolean;
  /** Pixel offset from the place, for events sharing it. */
  offset?: [number, number] | undefined;
}

/**
 * One event on the map: a keyboard-focusable button (Leaflet gives `keyboard` markers role=button),
 * named by the event title through `title`; a click, Enter or Space selects it.
 * Live: selected, offset. Creation-only: event (position, title; the parent keys markers by event id).
 */
export function EventMarker({ event, selected, offset }: EventMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const { place } = event;
  const icon = markerIcon(place.precision, place.approximate, offset);
  const handlers = useMemo(() => ({
    click: () => selectEvent(event.id),
    // Leaflet makes keyboard markers role=button but only popups answer Enter; a button answers both keys.
    keydown: (e: LeafletKeyboardEvent) => {
      if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
      e.originalEvent.preventDefault();
      selectEvent(event.id);
    },
  }), [event.id]);

  useEffect(function showSelection() {
    const marker = markerRef.current;
    if (!marker) return;
    // Toggle a class on the live element rather than swapping the icon: a new icon element would drop
    // keyboard focus from the marker the user just pressed Enter on.
    const element = marker.getElement();
    element?.classList.toggle('is-selected', selected);
    if (selected) element?.setAttribute('aria-current', 'true');
    else element?.removeAttribute('aria-current');
    marker.setZIndexOffset(selected ? 1000 : 0);
    // The icon is a dependency: a new icon is a new element, which needs the state again.
  }, [selected, icon]);

  return (
    <Marker
      ref={markerRef}
      position={[place.lat, place.lon]}
      icon={icon}
      title={event.title}
      keyboard
      eventHandlers={handlers}
    />
  );
}
