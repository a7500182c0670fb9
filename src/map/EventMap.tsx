import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { useAppStore } from '../store/appStore.ts';
import { selectPlacedEvents } from '../store/selectors.ts';
import { Basemap } from './Basemap.tsx';
import { ContextLabels } from './ContextLabels.tsx';
import { EventMarkers } from './EventMarkers.tsx';
import { FollowSelection } from './FollowSelection.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapViewState } from './MapViewState.tsx';
import { OnlineBasemap } from './OnlineBasemap.tsx';
import { PrecisionAreas } from './PrecisionAreas.tsx';
import { ViewControls } from './ViewControls.tsx';
import { InitialFrame } from './InitialFrame.tsx';
import { eventBounds } from './eventBounds.ts';
import './map.css';

/**
 * The map view: offline basemap with Libya's districts and city names, an opt-in online basemap, a marker
 * (or cluster) per shown event, areas for coarse places, view controls and a legend.
 * Live: events, selection, hover. Creation-only: the initial frame (the events' bounds at mount), because
 * MapContainer ignores later `bounds`; remount with a `key` to reframe.
 */
export function EventMap() {
  const events = useAppStore(selectPlacedEvents);
  const bounds = useMemo(() => eventBounds(events), [events]);

  return (
    <MapContainer className="event-map" bounds={bounds} zoomSnap={0.5} minZoom={2} maxZoom={12}>
      <InitialFrame bounds={bounds} />
      <Basemap />
      <OnlineBasemap />
      <PrecisionAreas />
      <ContextLabels />
      <EventMarkers />
      <ViewControls />
      <MapLegend />
      <FollowSelection />
      <MapViewState />
    </MapContainer>
  );
}
