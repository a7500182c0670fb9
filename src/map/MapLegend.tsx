import { useState, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import { MapControl } from './MapControl.tsx';
import { EVENT_TYPES, EVENT_TYPE_TABLE, type MarkerShape } from '../data/eventTypes.ts';
import { markerStyle } from './markerStyle.ts';
import { SHAPE_PATHS } from './markerShapes.ts';

/** A marker's look in small: the same classes and outline as on the map, decorative. */
function Swatch({ className, shape }: { className: string; shape?: MarkerShape }) {
  return (
    <span className={`legend-swatch ${className}`} aria-hidden="true">
      {shape && <svg viewBox="0 0 20 20" focusable="false"><path className="marker-shape" d={SHAPE_PATHS[shape]} /></svg>}
    </span>
  );
}

/** A cluster in small, as clusterIcon draws one: two battles and a protest around the count. */
function ClusterSwatch() {
  return (
    <span className="legend-swatch event-cluster" aria-hidden="true">
      <svg className="event-cluster__ring" viewBox="0 0 36 36" focusable="false">
        <circle className="event-cluster__arc event-cluster__arc--battles" cx="18" cy="18" r="15.9155" strokeDasharray="65.5 34.5" />
        <circle className="event-cluster__arc event-cluster__arc--protests" cx="18" cy="18" r="15.9155" strokeDasharray="32.1 67.9" strokeDashoffset="-66.7" />
      </svg>
      <span className="event-cluster__count">3</span>
    </span>
  );
}

function Entry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return <li>{swatch}<span>{children}</span></li>;
}

/** Below this map size an open legend would cover the events: it starts folded. */
const ROOM_FOR_OPEN = { width: 700, height: 440 };

/**
 * What the marker shapes and colours mean, and how place precision is drawn. A <details> in the bottom
 * left corner (the events cluster towards Libya, bottom right of the usual frame), open at first only when
 * the map is large enough to spare the room.
 * Creation-only: the initial open state.
 */
export function MapLegend() {
  const map = useMap();
  const [startOpen] = useState(() => {
    const size = map.getSize();
    return size.x >= ROOM_FOR_OPEN.width && size.y >= ROOM_FOR_OPEN.height;
  });
  return (
    <MapControl position="bottomleft" className="map-legend">
      <details open={startOpen}>
        <summary>Legend</summary>
        <ul aria-label="Event types">
          {EVENT_TYPES.map((type) => {
            const style = markerStyle(type, 'city');
            return <Entry key={type} swatch={<Swatch className={style.className} shape={style.shape} />}>{EVENT_TYPE_TABLE[type].label}</Entry>;
          })}
        </ul>
        <ul aria-label="Place precision">
          <Entry swatch={<Swatch className="legend-area event-marker event-marker--area" shape="circle" />}>Region or country: area</Entry>
          <Entry swatch={<Swatch className="event-marker event-marker--point event-marker--approximate" shape="circle" />}>Approximate location</Entry>
          <Entry swatch={<ClusterSwatch />}>Several events: the ring shows their types</Entry>
        </ul>
      </details>
    </MapControl>
  );
}
