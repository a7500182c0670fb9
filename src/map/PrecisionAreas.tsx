import { useMemo } from 'react';
import { Circle } from 'react-leaflet';
import type { PlacedEvent } from '../store/selectors.ts';
import { markerStyle } from './markerStyle.ts';

interface PrecisionAreasProps {
  /** The events drawn as their own markers in the view (the layout's singles). */
  shown: readonly PlacedEvent[];
  selected: PlacedEvent | null;
  hovered: PlacedEvent | null;
}

/**
 * The area a coarse place stands for (a region ~100 km, a country ~400 km across its core): a translucent
 * disc in the event type's colour under the marker, so a country-level report does not read as a pin on
 * the capital. Drawn for the markers in view, and always for the selected and the hovered event, never for
 * events inside clusters: an SVG path per event of a large corpus is what made the map slow.
 * Not interactive: the marker at its centre is the button. Live: all props.
 */
export function PrecisionAreas({ shown, selected, hovered }: PrecisionAreasProps) {
  const events = useMemo(() => {
    const byId = new Map(shown.map((e) => [e.id, e]));
    for (const e of [selected, hovered]) if (e) byId.set(e.id, e);
    return [...byId.values()];
  }, [shown, selected, hovered]);
  return events.flatMap((event) => {
    const radius = markerStyle(event.type, event.place.precision).areaRadius;
    if (radius === null) return [];
    const isSelected = event.id === selected?.id;
    return [
      <Circle
        key={`${event.id}:${isSelected}`}
        center={[event.place.lat, event.place.lon]}
        radius={radius}
        interactive={false}
        // Colours come from map.css through the class (CSS beats SVG presentation attributes).
        className={`precision-area precision-area--${event.type}${isSelected ? ' is-selected' : ''}`}
      />,
    ];
  });
}
