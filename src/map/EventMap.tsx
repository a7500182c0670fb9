import { useMemo } from 'react';
import { MapContainer } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';
import { appStore } from '../store/appStore.ts';
import { selectMapEvents, selectPlacedEvents } from '../store/selectors.ts';
import { Basemap } from './Basemap.tsx';
import { EventLayers } from './EventLayers.tsx';
import { FollowContainerSize } from './FollowContainerSize.tsx';
import { FollowSelection, type SelectionFraming } from './FollowSelection.tsx';
import { MapLegend } from './MapLegend.tsx';
import { MapViewState } from './MapViewState.tsx';
import { OnlineBasemap } from './OnlineBasemap.tsx';
import { ReframeOnFilters } from './ReframeOnFilters.tsx';
import { ViewControls } from './ViewControls.tsx';
import { InitialFrame } from './InitialFrame.tsx';
import { subjectFrame, WORLD } from './subjectFrame.ts';
import './map.css';

interface EventMapProps {
  /** How the map answers a selection: `pan` (the default) brings it into view, `region` frames it in its region (the embed). */
  frameSelection?: SelectionFraming;
}

/**
 * The map view: offline basemap with Libya's districts and city names, an opt-in online basemap, a marker
 * (or cluster) per shown event, areas for coarse places, view controls and a legend.
 * Live: events, selection, hover, filters (which reframe the map), frameSelection. Creation-only: the
 * initial frame (the shown events' subject at mount, subjectFrame), because MapContainer ignores later
 * `bounds`.
 */
export function EventMap({ frameSelection = 'pan' }: EventMapProps) {
  const frame = useMemo(() => {
    const state = appStore.getState();
    return subjectFrame(selectMapEvents(state)) ?? subjectFrame(selectPlacedEvents(state)) ?? WORLD;
  }, []);

  return (
    <MapContainer className="event-map" bounds={frame} zoomSnap={0.5} minZoom={2} maxZoom={12}>
      <FollowContainerSize />
      <InitialFrame frame={frame} />
      <Basemap />
      <OnlineBasemap />
      <EventLayers />
      <ViewControls />
      <MapLegend />
      <FollowSelection framing={frameSelection} />
      <ReframeOnFilters />
      <MapViewState />
    </MapContainer>
  );
}
