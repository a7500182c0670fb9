import { useEffect, useMemo, useRef } from 'react';
import { useFocusWhenAsked } from './useFocusWhenAsked.ts';
import { Marker } from 'react-leaflet';
import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { selectEvent } from '../store/appStore.ts';
import type { PlacedEvent } from '../store/selectors.ts';
import { markerIcon } from './markerIcon.ts';
import { useHoverReport } from './useHoverReport.ts';
import { useRovingTabStop } from './useRovingTabStop.ts';
import type { RovingFocus } from './useRovingFocus.ts';

interface EventMarkerProps {
  event: PlacedEvent;
  selected: boolean;
  hovered: boolean;
  /** Pixel offset from the place, for events sharing it. */
  offset?: [number, number] | undefined;
  /** Given when the marker should take keyboard focus (the reader just opened its cluster); called once taken. */
  takeFocus?: (() => void) | undefined;
  /** The map's one Tab stop among the markers (the others are reached with the arrow keys). */
  tabStop: boolean;
  roving: RovingFocus;
}

/**
 * One event on the map: a keyboard-focusable button (Leaflet gives `keyboard` markers role=button),
 * named by the event title through `title`; a click, Enter or Space selects it; arrow keys move to the
 * next marker (useRovingFocus); pointer or focus on it reports it as hovered, so the other views highlight it.
 * Live: selected, hovered, offset, takeFocus, tabStop. Creation-only: event (position, title; the parent
 * keys markers by id), roving.
 */
export function EventMarker({ event, selected, hovered, offset, takeFocus, tabStop, roving }: EventMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const { place } = event;
  const icon = markerIcon(event.type, place.precision, place.approximate, offset);
  const handlers = useMemo(() => ({
    click: () => selectEvent(event.id),
    // Leaflet makes keyboard markers role=button but only popups answer Enter; a button answers both keys.
    keydown: (e: LeafletKeyboardEvent) => {
      const { key } = e.originalEvent;
      if (key === 'Enter' || key === ' ') selectEvent(event.id);
      else if (!roving.move(event.id, key)) return;
      e.originalEvent.preventDefault();
    },
  }), [event.id, roving]);

  useHoverReport(markerRef, event.id, icon);

  useEffect(function showState() {
    const marker = markerRef.current;
    if (!marker) return;
    // Toggle classes on the live element rather than swapping the icon: a new icon element would drop
    // keyboard focus from the marker the user just pressed Enter on.
    const element = marker.getElement();
    element?.classList.toggle('is-selected', selected);
    element?.classList.toggle('is-hovered', hovered);
    if (selected) element?.setAttribute('aria-current', 'true');
    else element?.removeAttribute('aria-current');
    marker.setZIndexOffset(selected ? 1000 : hovered ? 500 : 0);
    // The icon is a dependency: a new icon is a new element, which needs the state again.
  }, [selected, hovered, icon]);

  // Before useFocusWhenAsked: its focus must find the roving listener in place.
  useRovingTabStop(markerRef, event.id, tabStop, roving, icon);
  useFocusWhenAsked(markerRef, takeFocus);

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
