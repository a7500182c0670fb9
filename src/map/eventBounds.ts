import { LatLngBounds } from 'leaflet';
import type { Event } from '../compiler/schema.ts';

/** Libya, the atlas's subject: the frame when there is nothing to frame. */
export const FALLBACK_BOUNDS = new LatLngBounds([19.5, 9.3], [33.2, 25.2]);

/**
 * The bounds of all placed events, padded a little so a lone event is not framed at street level.
 * Falls back to Libya when no event has a place.
 */
export function eventBounds(events: readonly Event[]): LatLngBounds {
  const points = events.flatMap((e) => (e.place ? [[e.place.lat, e.place.lon] as [number, number]] : []));
  if (points.length === 0) return FALLBACK_BOUNDS;
  const bounds = new LatLngBounds(points);
  // A single point (or a tight cluster) would zoom to the maximum; keep at least ~2 degrees of context.
  const center = bounds.getCenter();
  return bounds.extend([center.lat - 1, center.lng - 1]).extend([center.lat + 1, center.lng + 1]);
}
