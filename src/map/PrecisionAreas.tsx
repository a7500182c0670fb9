import { Circle } from 'react-leaflet';
import { useAppStore } from '../store/appStore.ts';
import { selectMapEvents } from '../store/selectors.ts';
import { markerStyle } from './markerStyle.ts';

/**
 * The area a coarse place stands for (a region ~100 km, a country ~400 km across its core): a translucent
 * disc in the event type's colour under the marker, so a country-level report does not read as a pin on
 * the capital. Not interactive: the marker at its centre is the button.
 * Live: the map's events and the selection.
 */
export function PrecisionAreas() {
  const events = useAppStore(selectMapEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  return events.flatMap((event) => {
    const radius = markerStyle(event.type, event.place.precision).areaRadius;
    if (radius === null) return [];
    const selected = event.id === selectedId;
    return [
      <Circle
        key={`${event.id}:${selected}`}
        center={[event.place.lat, event.place.lon]}
        radius={radius}
        interactive={false}
        // Colours come from map.css through the class (CSS beats SVG presentation attributes).
        className={`precision-area precision-area--${event.type}${selected ? ' is-selected' : ''}`}
      />,
    ];
  });
}
