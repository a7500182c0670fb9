import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { PlacedEvent } from '../store/selectors.ts';
import type { ClusterIndex } from './clusterIndex.ts';
import { clusterLayout, type Bbox, type MarkerCluster, type Spread } from './clusterLayout.ts';
import { fanOutNearby } from './fanOutNearby.ts';
import type { MapView } from './useMapView.ts';

/**
 * Up to this many events the whole world is laid out, not just the view: still a few hundred markers at
 * most, and every marker stays in the DOM, reachable with the arrow keys and by name wherever the map looks.
 */
export const WHOLE_WORLD_UP_TO = 500;
const WORLD: Bbox = [-180, -90, 180, 90];

export interface MarkerLayout {
  /** The map's zoom, at which pixel offsets are measured. */
  zoom: number;
  /** The integer zoom the clusters are for. */
  clusterZoom: number;
  /** Events drawn as their own marker, with a pixel offset when they would cover each other. */
  singles: { event: PlacedEvent; offset: [number, number] | undefined }[];
  clusters: MarkerCluster[];
}

/**
 * Where each marker goes in the current view: the clusters and lone events in the view's bounds
 * (clusterLayout, from the index; the whole world for a small corpus), the selection and a spread
 * cluster's events on their own, and lone events that would overlap fanned out (fanOutNearby, in pixels
 * at the zoom). Costs the view's markers, not the corpus.
 */
export function useMarkerLayout(index: ClusterIndex, view: MapView, selected: PlacedEvent | null, spread: Spread | null): MarkerLayout {
  const map = useMap();
  return useMemo(() => {
    const bbox = index.size <= WHOLE_WORLD_UP_TO ? WORLD : view.bbox;
    const { zoom: clusterZoom, singles, clusters } = clusterLayout(index, bbox, view.zoom, { selected, spread });
    const offsets = fanOutNearby(singles.map((e) => ({ id: e.id, ...map.project([e.place.lat, e.place.lon], view.zoom) })));
    return { zoom: view.zoom, clusterZoom, singles: singles.map((event) => ({ event, offset: offsets.get(event.id) })), clusters };
  }, [index, view, selected, spread, map]);
}
