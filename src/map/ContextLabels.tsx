import { useEffect, useMemo } from 'react';
import { Marker, Pane, useMap } from 'react-leaflet';
import { DivIcon } from 'leaflet';
import { regionCities, visibleCities, DISTRICT_MIN_ZOOM, type ContextCity } from './regionCities.ts';
import { districtLabels } from './libyaDistricts.ts';
import type { MarkerLayout } from './useMarkerLayout.ts';
import { placeLabels } from './labelCollisions.ts';
import { CITY_LABEL_SIDES, CLUSTER_HALF, MARKER_HALF, SELECTED_HALF, cityLabelBoxes, districtLabelBox, squareAround, type CityLabelSide } from './labelPlaces.ts';

const PANE = 'context-labels';

/** A label icon built with textContent; one icon per label, since a DivIcon's element cannot be shared. */
function labelIcon(text: string, className: string): DivIcon {
  const span = document.createElement('span');
  span.textContent = text;
  return new DivIcon({ className, html: span, iconSize: undefined });
}

const cityIcons = new Map<string, DivIcon>();
function cityIcon(city: ContextCity, side: CityLabelSide): DivIcon {
  const key = `${city.geonameId}:${side}`;
  let icon = cityIcons.get(key);
  if (!icon) {
    icon = labelIcon(city.name, `city-label city-label--rank${city.rank} city-label--${side}${city.capital ? ' city-label--capital' : ''}`);
    cityIcons.set(key, icon);
  }
  return icon;
}
const districtIcons = districtLabels.map((d) => ({ ...d, icon: labelIcon(d.name, 'district-label') }));

/** Capitals first, then large cities, then the rest: the order in which labels claim their room. */
const cityPriority = (c: ContextCity) => (c.capital ? 0 : c.rank);
const byPriority = [...regionCities].sort((a, b) => cityPriority(a) - cityPriority(b));

type Label = { city: ContextCity } | { district: (typeof districtIcons)[number] };

/**
 * City and district names as context, in their own pane between the areas and the markers: not
 * interactive, not focusable, hidden from assistive technology (the events carry their place names).
 * Which labels show depends on the zoom, and on room: a name never hides under an event marker or a
 * more important name — it moves to another side of its dot, or is left out (placeLabels, in pixels at
 * the zoom). Live: the markers' layout (which follows the zoom, the view, the events and the selection).
 */
export function ContextLabels({ layout, selectedId }: { layout: MarkerLayout; selectedId: string | null }) {
  const map = useMap();

  const placed = useMemo(() => {
    // The projector theme scales every rem, the labels' type with it.
    const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const { zoom, singles, clusters } = layout;
    const at = (lat: number, lon: number) => map.project([lat, lon], zoom);
    // The markers as EventMarkers draws them: the layout's, with their fan-out offsets.
    const obstacles = [
      ...singles.map(({ event, offset: [dx, dy] = [0, 0] }) => {
        const p = at(event.place.lat, event.place.lon);
        return squareAround(p.x + dx, p.y + dy, event.id === selectedId ? SELECTED_HALF : MARKER_HALF);
      }),
      ...clusters.map((c) => {
        const p = at(c.lat, c.lon);
        return squareAround(p.x, p.y, CLUSTER_HALF);
      }),
    ];
    const labels: { key: Label; boxes: ReturnType<typeof cityLabelBoxes> }[] = [
      ...visibleCities(byPriority, zoom).map((city) => {
        const p = at(city.lat, city.lon);
        return { key: { city }, boxes: cityLabelBoxes(p.x, p.y, city.name, remPx) };
      }),
      ...(zoom >= DISTRICT_MIN_ZOOM ? districtIcons : []).map((district) => {
        const p = at(district.lat, district.lon);
        return { key: { district }, boxes: [districtLabelBox(p.x, p.y, district.name, remPx)] };
      }),
    ];
    return placeLabels(labels, obstacles);
  }, [map, layout, selectedId]);

  useEffect(function hideFromAssistiveTech() {
    map.getPane(PANE)?.setAttribute('aria-hidden', 'true');
  }, [map]);

  return (
    <Pane name={PANE} style={{ zIndex: 450, pointerEvents: 'none' }}>
      {[...placed].map(([label, side]) => ('district' in label
        ? <Marker key={`d:${label.district.name}`} position={[label.district.lat, label.district.lon]} icon={label.district.icon} interactive={false} keyboard={false} pane={PANE} />
        : <Marker key={label.city.geonameId} position={[label.city.lat, label.city.lon]} icon={cityIcon(label.city, CITY_LABEL_SIDES[side]!)} interactive={false} keyboard={false} pane={PANE} />
      ))}
    </Pane>
  );
}
