/**
 * Marker icons built as DivIcons: Leaflet's default PNG icon breaks under hashed asset names, and a
 * DivIcon is styled by map.css. The look comes from markerStyle (type → shape and colour, precision →
 * point or area).
 */
import { DivIcon } from 'leaflet';
import type { EventType, PlacePrecision } from '../compiler/schema.ts';
import { markerStyle } from './markerStyle.ts';
import { shapeSvg } from './markerShapes.ts';

const cache = new Map<string, DivIcon>();

/**
 * One shared icon per look and offset, so react-leaflet never swaps icons needlessly (a new icon is a new
 * element, and would drop keyboard focus). `offset` moves the icon by pixels from its place (fanOutNearby).
 */
export function markerIcon(type: EventType, precision: PlacePrecision, approximate = false, offset: [number, number] = [0, 0]): DivIcon {
  const key = `${type}:${precision}:${approximate}:${offset.join(',')}`;
  let icon = cache.get(key);
  if (!icon) {
    const { size, className, shape } = markerStyle(type, precision, approximate);
    icon = new DivIcon({
      className,
      iconSize: [size, size],
      iconAnchor: [size / 2 - offset[0], size / 2 - offset[1]],
      html: shapeSvg(shape),
    });
    cache.set(key, icon);
  }
  return icon;
}
