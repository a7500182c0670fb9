import type { PlacedEvent } from '../store/selectors.ts';
import { CLUSTER_RADIUS, isSiteId, siteOf, type ClusterIndex } from './clusterIndex.ts';
import { worldPixel } from './worldPixel.ts';

/**
 * How far, in pixels at the zoom shown, an event can lie from the centre of a cluster holding it: a
 * cluster gathers items within one radius of a seed, and those items' own events lie within half as far
 * again at the next zoom, and so on — 2r(1 + ½ + ¼ …) = 4r. Children farther than this cannot hold it.
 */
const REACH = 4 * CLUSTER_RADIUS + 1;

/** A cluster as the layout shows it: its id (a supercluster cluster's, or a crowded site's) and centre. */
export interface ShownCluster {
  id: number;
  lat: number;
  lon: number;
}

/**
 * The id of the cluster among `clusters` (shown at integer `zoom`) that holds the event, or null when
 * none does. The index holds the event's place (its site), so this looks for the cluster holding that
 * site: the site itself when it is shown as a crowd, else a cluster found by descending from the nearby
 * clusters into the children near the place only (supercluster has no "parent of a point" query), so it
 * costs a few small look-ups, not a walk over the cluster.
 */
export function clusterHolding(index: ClusterIndex, clusters: readonly ShownCluster[], event: PlacedEvent, zoom: number): number | null {
  const site = siteOf(index, event);
  if (!site) return null;
  const at = worldPixel(site.lat, site.lon, zoom);
  const near = (lat: number, lon: number) => {
    const p = worldPixel(lat, lon, zoom);
    return Math.hypot(p.x - at.x, p.y - at.y) <= REACH;
  };
  const holds = (id: number): boolean => index.tree.getChildren(id).some((child) => {
    const props = child.properties;
    if (!('cluster_id' in props)) return props === site;
    const [lon = 0, lat = 0] = child.geometry.coordinates;
    return near(lat, lon) && holds(props.cluster_id);
  });
  return clusters.find((c) => (isSiteId(c.id) ? c.id === site.id : near(c.lat, c.lon) && holds(c.id)))?.id ?? null;
}
