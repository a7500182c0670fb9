/**
 * What the map draws for one view: the clusters and lone events supercluster finds in the view's bounds
 * at its zoom, with some events always drawn on their own — the selection, and the first events of a
 * cluster the reader spread out in place — and taken out of the cluster that held them, so the cluster's
 * count, type ring and name stay true. The index holds places (sites), not events: a site of a few
 * events stands as their markers, a site of a crowd is a cluster of its own (the same place at any zoom).
 * Pure: the index, a box and a zoom in, the layout out.
 */
import type { PlacedEvent } from '../store/selectors.ts';
import { CLUSTER_MIN, countOf, eventsIn, siteOf, type ClusterIndex, type TypeCounts } from './clusterIndex.ts';
import { clusterHolding, type ShownCluster } from './clusterHolding.ts';
import { EVENT_TYPES } from '../data/eventTypes.ts';

export interface MarkerCluster extends ShownCluster {
  /** Unique across indexes (cluster ids are not): the React key and the roving focus key. */
  key: string;
  /** Events left in the cluster, and all it holds in the index (some may be drawn on their own). */
  count: number;
  total: number;
  byType: TypeCounts;
  /** The first few events' titles, for the cluster's name. */
  titles: string[];
  /** The first event, which takes keyboard focus once the cluster is opened. */
  first: PlacedEvent;
}

/** A cluster opened where zooming could not separate its events: its first `shown` events stand alone. */
export interface Spread {
  indexKey: string;
  zoom: number;
  clusterId: number;
  shown: number;
}

export interface ClusterLayout {
  /** The integer zoom the clusters are for. */
  zoom: number;
  /** Both in the order of the index's events (by place, places by their first event): the document's order. */
  singles: PlacedEvent[];
  clusters: MarkerCluster[];
}

/** West, south, east, north in degrees, as supercluster reads a box. */
export type Bbox = [number, number, number, number];

const TITLES = 3;

const summaries = new WeakMap<ClusterIndex, Map<number, { titles: string[]; first: PlacedEvent }>>();

/** A cluster's first titles and first event, kept per index: a cluster's events never change within one. */
function summaryOf(index: ClusterIndex, clusterId: number, without: ReadonlySet<string>) {
  let cache = summaries.get(index);
  if (!cache) summaries.set(index, (cache = new Map()));
  const cached = without.size === 0 ? cache.get(clusterId) : undefined;
  if (cached) return cached;
  const first = eventsIn(index, clusterId, TITLES + without.size).filter((e) => !without.has(e.id)).slice(0, TITLES);
  // A cluster keeps at least CLUSTER_MIN events besides those taken out: there is a first.
  const summary = { titles: first.map((e) => e.title), first: first[0]! };
  if (without.size === 0) cache.set(clusterId, summary);
  return summary;
}

export function clusterLayout(
  index: ClusterIndex,
  bbox: Bbox,
  mapZoom: number,
  { selected = null, spread = null }: { selected?: PlacedEvent | null; spread?: Spread | null } = {},
): ClusterLayout {
  const zoom = Math.max(0, Math.min(Math.floor(mapZoom), index.maxZoom + 1));
  const singles: PlacedEvent[] = [];
  const found: (ShownCluster & { count: number; byType: TypeCounts; order: number })[] = [];
  for (const feature of index.tree.getClusters(bbox, zoom)) {
    const props = feature.properties;
    if (!('cluster_id' in props)) {
      // A place: its events stand alone when few (or past the deepest clustering zoom), else it is a crowd.
      if (props.events.length < CLUSTER_MIN || zoom > index.maxZoom) singles.push(...props.events);
      else found.push({ id: props.id, lat: props.lat, lon: props.lon, count: props.events.length, byType: props.byType, order: props.first });
      continue;
    }
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const byType: TypeCounts = {};
    for (const type of EVENT_TYPES) if (props[type]) byType[type] = props[type];
    found.push({ id: props.cluster_id, lat, lon, count: countOf(byType), byType, order: props.first });
  }

  // Events drawn on their own whatever the clusters, with the cluster each is taken out of.
  const kept = new Map<string, { event: PlacedEvent; holder: number | null }>();
  if (spread && spread.indexKey === index.key && spread.zoom === zoom) {
    for (const event of eventsIn(index, spread.clusterId, spread.shown)) kept.set(event.id, { event, holder: spread.clusterId });
  }
  if (selected && !kept.has(selected.id) && !singles.some((e) => e.id === selected.id)) {
    kept.set(selected.id, { event: selected, holder: clusterHolding(index, found, selected, zoom) });
  }

  const clusters: MarkerCluster[] = [];
  found.sort((a, b) => a.order - b.order);
  for (const cluster of found) {
    const taken = [...kept.values()].filter((k) => k.holder === cluster.id).map((k) => k.event);
    const without = new Set(taken.map((e) => e.id));
    const count = cluster.count - taken.length;
    if (count < CLUSTER_MIN) {
      // Too few left to cluster: they stand alone too.
      singles.push(...eventsIn(index, cluster.id, cluster.count).filter((e) => !without.has(e.id)));
      continue;
    }
    const byType = { ...cluster.byType };
    for (const event of taken) byType[event.type] = (byType[event.type] ?? 1) - 1;
    const { id, lat, lon } = cluster;
    clusters.push({ id, lat, lon, key: `cluster:${index.key}:${id}`, count, total: cluster.count, byType, ...summaryOf(index, id, without) });
  }
  for (const { event } of kept.values()) singles.push(event);
  // The order of the events given (a stable sort keeps each place's own order), which is by date for the
  // app: a screen reader browses the markers as the list reads, whatever supercluster's tree order.
  const orderOf = new Map(singles.map((e) => [e, siteOf(index, e)?.first ?? Infinity]));
  singles.sort((a, b) => orderOf.get(a)! - orderOf.get(b)!);
  return { zoom, singles, clusters };
}
