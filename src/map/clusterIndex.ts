/**
 * The map's spatial index: supercluster over the shown events, built once per event set (not per zoom or
 * pan), so a view asks only for the clusters and markers inside its bounds at its zoom, whatever the
 * corpus size. Each cluster carries its events' count per type (supercluster's map/reduce), which the
 * cluster icon draws as a ring and its name says in words.
 */
import Supercluster from 'supercluster';
import type { EventType } from '../compiler/schema.ts';
import type { PlacedEvent } from '../store/selectors.ts';

/** Events per type in a cluster; a type with none is absent. */
export type TypeCounts = Partial<Record<EventType, number>>;

/** Cluster radius in screen pixels (the index works in 256-pixel tiles, like Leaflet): icons up to 46 px wide stay apart. */
export const CLUSTER_RADIUS = 56;
/** Fewer than three events close together stay markers: fanOutNearby spreads a pair more readably. */
export const CLUSTER_MIN = 3;

export interface ClusterIndex {
  /** Changes with every build: cluster ids are only unique within one index, so React keys carry it. */
  key: string;
  tree: Supercluster<PlacedEvent, TypeCounts>;
  byId: ReadonlyMap<string, PlacedEvent>;
  /** The deepest zoom that clusters; past it every event is its own marker. */
  maxZoom: number;
}

let builds = 0;

export function buildClusterIndex(events: readonly PlacedEvent[], maxZoom: number): ClusterIndex {
  const tree = new Supercluster<PlacedEvent, TypeCounts>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    minPoints: CLUSTER_MIN,
    maxZoom,
    // A fresh object per event: supercluster copies cluster properties shallowly, so nested arrays would be shared.
    map: (event) => ({ [event.type]: 1 }),
    reduce: (total, counts) => {
      for (const type of Object.keys(counts) as EventType[]) total[type] = (total[type] ?? 0) + (counts[type] ?? 0);
    },
  });
  tree.load(events.map((event) => ({
    type: 'Feature',
    properties: event,
    geometry: { type: 'Point', coordinates: [event.place.lon, event.place.lat] },
  })));
  builds += 1;
  return { key: `i${builds}`, tree, byId: new Map(events.map((e) => [e.id, e])), maxZoom };
}
