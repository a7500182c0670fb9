import { useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { PlacedEvent } from '../store/selectors.ts';
import { clusterMarkers } from './clusterMarkers.ts';
import { fanOutNearby } from './fanOutNearby.ts';

export interface MarkerCluster {
  key: string;
  members: PlacedEvent[];
  lat: number;
  lon: number;
}

export interface MarkerLayout {
  /** Events drawn as their own marker, with a pixel offset when they would cover each other. */
  singles: { event: PlacedEvent; offset: [number, number] | undefined }[];
  clusters: MarkerCluster[];
}

/**
 * Where each marker goes at the given zoom: crowds of three or more become clusters, and smaller overlapping
 * groups fan out. `keep` (the selected event, expanded clusters) are always drawn on their own.
 */
export function useMarkerLayout(events: readonly PlacedEvent[], zoom: number, keep: ReadonlySet<string>): MarkerLayout {
  const map = useMap();
  return useMemo(() => {
    const byId = new Map(events.map((e) => [e.id, e]));
    const points = events.map((e) => ({ id: e.id, ...map.project([e.place.lat, e.place.lon], zoom) }));
    const { clusters, singles } = clusterMarkers(points, { keep });
    const offsets = fanOutNearby(singles);
    return {
      singles: singles.map((p) => ({ event: byId.get(p.id)!, offset: offsets.get(p.id) })),
      clusters: clusters.map((c) => {
        const { lat, lng } = map.unproject([c.x, c.y], zoom);
        return { key: `${zoom}:${c.key}`, members: c.ids.map((id) => byId.get(id)!), lat, lon: lng };
      }),
    };
  }, [events, map, zoom, keep]);
}
