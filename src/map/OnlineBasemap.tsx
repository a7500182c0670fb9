import { useEffect, useId, useState } from 'react';
import { TileLayer, useMap } from 'react-leaflet';
import { MapControl } from './MapControl.tsx';
import { probeTile } from './probeTile.ts';

type Status = 'off' | 'checking' | 'on' | 'unreachable';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const MESSAGES: Record<Status, string> = {
  off: 'Loads map tiles from openstreetmap.org.',
  checking: 'Checking whether openstreetmap.org can be reached…',
  on: 'Tiles from openstreetmap.org.',
  unreachable: 'Unavailable: openstreetmap.org could not be reached. The offline map stays.',
};

/**
 * An opt-in online basemap. The offline map is the default and stays underneath; nothing is requested from
 * openstreetmap.org until the reader ticks the box, and then only one probe tile first: if it does not
 * load, the option is disabled and says why. While on, the offline land fill is hidden (a class on the map
 * container) so the tiles show through; districts and markers stay on top.
 */
export function OnlineBasemap() {
  const map = useMap();
  const [status, setStatus] = useState<Status>('off');
  const hintId = useId();

  useEffect(function markContainer() {
    map.getContainer().classList.toggle('event-map--online', status === 'on');
  }, [map, status]);

  async function toggle(on: boolean) {
    if (!on) return setStatus('off');
    setStatus('checking');
    setStatus((await probeTile()) ? 'on' : 'unreachable');
  }

  return (
    <>
      <MapControl position="topright" className="map-online">
        <label>
          <input
            type="checkbox"
            checked={status === 'on'}
            disabled={status === 'checking' || status === 'unreachable'}
            aria-describedby={hintId}
            onChange={(e) => void toggle(e.target.checked)}
          />
          OpenStreetMap (online)
        </label>
        {/* Always there for aria-describedby; shown only when it says more than the label. */}
        <p id={hintId} className={status === 'off' ? 'visually-hidden' : 'map-online__hint'} role="status">{MESSAGES[status]}</p>
      </MapControl>
      {status === 'on' && <TileLayer url={OSM_TILES} attribution={OSM_ATTRIBUTION} maxZoom={19} />}
    </>
  );
}
