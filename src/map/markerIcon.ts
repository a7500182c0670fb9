/**
 * Marker icons built as DivIcons: Leaflet's default PNG icon breaks under hashed asset names, and a
 * DivIcon is styled by app.css. Coarse places (a region, a whole country) get a wide dashed ring, not a
 * dot, so the map does not claim a precision the text never gave.
 */
import { DivIcon } from 'leaflet';
import type { PlacePrecision } from '../compiler/schema.ts';

const SIZES: Record<PlacePrecision, number> = { site: 14, neighbourhood: 14, city: 16, region: 36, country: 48 };

const cache = new Map<string, DivIcon>();

/**
 * One shared icon per precision, approximation and offset, so react-leaflet never swaps icons needlessly.
 * `offset` moves the icon by pixels from its place (see fanOutColocated).
 */
export function markerIcon(precision: PlacePrecision, approximate = false, offset: [number, number] = [0, 0]): DivIcon {
  const key = `${precision}:${approximate}:${offset.join(',')}`;
  let icon = cache.get(key);
  if (!icon) {
    const size = SIZES[precision];
    const area = precision === 'region' || precision === 'country';
    icon = new DivIcon({
      className: `event-marker event-marker--${area ? 'area' : 'point'}${approximate ? ' event-marker--approximate' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2 - offset[0], size / 2 - offset[1]],
      html: '',
    });
    cache.set(key, icon);
  }
  return icon;
}
