import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import type { FitBoundsOptions } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useAppStore } from '../store/appStore.ts';
import { selectPlacedEvents } from '../store/selectors.ts';
import { Basemap } from './Basemap.tsx';
import { EventMarkers } from './EventMarkers.tsx';
import { FollowSelection } from './FollowSelection.tsx';
import { eventBounds } from './eventBounds.ts';
import './map.css';

// Room for the zoom control top left, and for markers drawn around their point.
const boundsOptions = { paddingTopLeft: [56, 40], paddingBottomRight: [40, 40] } satisfies FitBoundsOptions;

/**
 * The map view: offline basemap, a marker per placed event, selection kept in view.
 * Live: events, selection. Creation-only: the initial frame (the events' bounds at mount), because
 * MapContainer ignores later `bounds`; remount with a `key` to reframe.
 */
export function EventMap() {
  const events = useAppStore(selectPlacedEvents);
  const bounds = useMemo(() => eventBounds(events), [events]);

  return (
    <MapContainer className="event-map" bounds={bounds} boundsOptions={boundsOptions} zoomSnap={0.5}>
      <Basemap />
      <EventMarkers />
      <FollowSelection />
    </MapContainer>
  );
}
