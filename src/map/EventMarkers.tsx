import { useAppStore } from '../store/appStore.ts';
import { selectPlacedEvents } from '../store/selectors.ts';
import { EventMarker } from './EventMarker.tsx';
import { useMarkerOffsets } from './useMarkerOffsets.ts';

/** A marker per placed event; inside MapContainer, since offsets depend on the map's zoom. */
export function EventMarkers() {
  const events = useAppStore(selectPlacedEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const offsets = useMarkerOffsets(events);
  return events.map((event) => (
    <EventMarker key={event.id} event={event} selected={event.id === selectedId} offset={offsets.get(event.id)} />
  ));
}
