/**
 * The map's spatial index: supercluster over the places of the shown events, not over the events. An
 * archive repeats its places (84,000 generated events stand at 45; real reporting names the same towns
 * again and again), so the events are first gathered by place — a pass with a map look-up each — and the
 * index is built from the places, each carrying its events and their count per type. Rebuilding it for
 * every step of a timeline drag with the window filter on then costs the places, not the events.
 * Built once per event set (not per zoom or pan), so a view asks only for the clusters and places inside
 * its bounds at its zoom. Each cluster carries its events' count per type (supercluster's map/reduce),
 * which the cluster icon draws as a ring and its name says in words.
 */
import Supercluster from 'supercluster';
import type { EventPlace, EventType } from '../compiler/schema.ts';
import { EVENT_TYPES } from '../data/eventTypes.ts';
import type { PlacedEvent } from '../store/selectors.ts';

/** Events per type in a cluster; a type with none is absent. */
export type TypeCounts = Partial<Record<EventType, number>>;

/** A cluster's properties: its events per type, and where its first event stands in the index's events. */
export type ClusterCounts = TypeCounts & { first: number };

/** Cluster radius in screen pixels (the index works in 256-pixel tiles, like Leaflet): icons up to 46 px wide stay apart. */
export const CLUSTER_RADIUS = 56;
/** Fewer than three events close together stay markers: fanOutNearby spreads a pair more readably. */
export const CLUSTER_MIN = 3;

/** The events at one point (same latitude and longitude), in the order they were given. */
export interface Site {
  /** Negative, so it never equals a supercluster cluster id: a site with a crowd is laid out as a cluster of its own. */
  id: number;
  lat: number;
  lon: number;
  events: PlacedEvent[];
  byType: TypeCounts;
  /** Where its first event stands in the events given: a cluster's events are read from its earliest place. */
  first: number;
}

export interface ClusterIndex {
  /**
   * Cluster ids are only unique within one index, so React keys carry this. It changes when the places
   * change: an index of the same places (a timeline step that changes only their counts) clusters them
   * the same way, with the same ids, so it keeps the key, and the markers (and a spread cluster) stay.
   */
  key: string;
  /** Points are sites; a cluster's properties are its events' counts per type. */
  tree: Supercluster<Site, ClusterCounts>;
  sites: readonly Site[];
  /** How many events the index holds. */
  size: number;
  /** The deepest zoom that clusters; past it every event is its own marker. */
  maxZoom: number;
}

/** The events of a type mix: a cluster's or a site's count. */
export function countOf(byType: TypeCounts): number {
  let count = 0;
  for (const type of EVENT_TYPES) count += byType[type] ?? 0;
  return count;
}

const coordinates = (place: { lat: number; lon: number }) => `${place.lat},${place.lon}`;

// Per index: the site of each place object (a built dataset shares one object per place, so this is the
// look-up the gathering does per event), and of each point, for places that are equal but not shared.
const lookups = new WeakMap<ClusterIndex, { byPlace: Map<EventPlace, Site>; byPoint: Map<string, Site> }>();

let builds = 0;
let last = { places: '', maxZoom: NaN, key: '' };

// Each event's type as a position in EVENT_TYPES, kept per event object. Counting by the type's name
// costs a look-up of a string parsed from JSON (not interned) per event, most of the gathering's time at
// 84k events; an event's own entry here is found by identity.
const typeIndex = new Map(EVENT_TYPES.map((type, i) => [type, i]));
const typeOf = new WeakMap<PlacedEvent, number>();

export function buildClusterIndex(events: readonly PlacedEvent[], maxZoom: number): ClusterIndex {
  const sites: Site[] = [];
  const counts: Int32Array[] = [];
  const byPlace = new Map<EventPlace, Site>();
  const byPoint = new Map<string, Site>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    let site = byPlace.get(event.place);
    if (!site) {
      const point = coordinates(event.place);
      site = byPoint.get(point);
      if (!site) {
        site = { id: sites.length, lat: event.place.lat, lon: event.place.lon, events: [], byType: {}, first: i };
        sites.push(site);
        counts.push(new Int32Array(EVENT_TYPES.length));
        byPoint.set(point, site);
      }
      byPlace.set(event.place, site);
    }
    site.events.push(event);
    let type = typeOf.get(event);
    if (type === undefined) typeOf.set(event, (type = typeIndex.get(event.type)!));
    counts[site.id]![type]! += 1;
  }
  for (const site of sites) {
    const count = counts[site.id]!;
    EVENT_TYPES.forEach((type, i) => {
      if (count[i]) site.byType[type] = count[i];
    });
  }

  // In a fixed order, so the same places load the same way and supercluster gives the same clusters and ids.
  sites.sort((a, b) => a.lat - b.lat || a.lon - b.lon);
  sites.forEach((site, i) => (site.id = -1 - i));

  const tree = new Supercluster<Site, ClusterCounts>({
    radius: CLUSTER_RADIUS,
    extent: 256,
    // Counted in sites: any two close together gather, and clusterLayout lets a cluster of fewer than
    // CLUSTER_MIN events stand alone again, so a crowd is still at least three events.
    minPoints: 2,
    maxZoom,
    // A fresh object per call: supercluster copies cluster properties shallowly and reduce adds into them.
    map: (site) => ({ ...site.byType, first: site.first }),
    reduce: (total, counts) => {
      for (const type of EVENT_TYPES) if (counts[type]) total[type] = (total[type] ?? 0) + counts[type];
      total.first = Math.min(total.first, counts.first);
    },
  });
  tree.load(sites.map((site) => ({
    type: 'Feature',
    properties: site,
    geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
  })));
  const places = sites.map((site) => coordinates(site)).join(';');
  if (places !== last.places || maxZoom !== last.maxZoom) last = { places, maxZoom, key: `i${(builds += 1)}` };
  const index: ClusterIndex = { key: last.key, tree, sites, size: events.length, maxZoom };
  lookups.set(index, { byPlace, byPoint });
  return index;
}

/**
 * The site at an event's place, or null when the index has none there. O(1); it does not check that the
 * event itself is among the site's events (the map's selection and hover are, by selectSelectedOnMap).
 */
export function siteOf(index: ClusterIndex, event: PlacedEvent): Site | null {
  const lookup = lookups.get(index);
  return lookup?.byPlace.get(event.place) ?? lookup?.byPoint.get(coordinates(event.place)) ?? null;
}

/** A site's id, or a cluster's: the sites are numbered below zero. */
export const isSiteId = (id: number): boolean => id < 0;

const siteById = (index: ClusterIndex, id: number): Site | undefined => index.sites[-1 - id];

/**
 * The events of a cluster or a site, `limit` of them from `offset`, in a stable order: the cluster's
 * places by their first event in the events given (so a cluster's first event is its earliest there),
 * each place's events in the given order. Walks down the cluster's children and skips whole ones by
 * their counts, so it costs the events asked for, not the cluster's. None for an id the index does not know.
 */
export function eventsIn(index: ClusterIndex, id: number, limit: number, offset = 0): PlacedEvent[] {
  const out: PlacedEvent[] = [];
  if (limit < 1) return out;
  let skip = offset;
  const walk = (id: number): void => {
    if (isSiteId(id)) {
      const events = siteById(index, id)?.events ?? [];
      if (skip >= events.length) {
        skip -= events.length;
        return;
      }
      const end = Math.min(events.length, skip + limit - out.length);
      for (let i = skip; i < end; i++) out.push(events[i]!);
      skip = 0;
      return;
    }
    let children;
    try {
      children = index.tree.getChildren(id);
    } catch {
      return; // Not a cluster of this index.
    }
    const first = (child: (typeof children)[number]) => child.properties.first;
    for (const child of children.sort((a, b) => first(a) - first(b))) {
      if (out.length >= limit) return;
      const props = child.properties;
      if (!('cluster_id' in props)) walk(props.id);
      else {
        const count = countOf(props);
        if (skip >= count) skip -= count;
        else walk(props.cluster_id);
      }
    }
  };
  walk(id);
  return out;
}

/**
 * The zoom at which a cluster comes apart (supercluster's expansion zoom); Infinity for a site, whose
 * events share one point and never come apart: they are spread in place instead.
 */
export function expansionZoom(index: ClusterIndex, id: number): number {
  return isSiteId(id) ? Infinity : index.tree.getClusterExpansionZoom(id);
}
