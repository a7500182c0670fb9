import './filters.css';
import type { ReactNode } from 'react';
import { appStore } from '../store/appStore.ts';
import { selectActorsById, selectDocumentsById, selectWindowedEvents } from '../store/selectors.ts';
import { downloadFile } from '../exports/downloadFile.ts';
import type { ExportContext } from '../exports/exportContext.ts';

// Read at click time, not subscribed: the menu needs the events only when a file is asked for.
function context(): ExportContext {
  const s = appStore.getState();
  return { events: selectWindowedEvents(s), actorsById: selectActorsById(s), documentsById: selectDocumentsById(s) };
}

// The serialisers load when a file is asked for: few visits export, and none needs them to draw the view.
const FORMATS = [
  { label: 'GeoJSON', file: 'conflict-atlas-events.geojson', type: 'application/geo+json', body: async () => JSON.stringify((await import('../exports/toGeoJson.ts')).toGeoJson(context()), null, 2) },
  { label: 'CSV (ACLED columns)', file: 'conflict-atlas-events.csv', type: 'text/csv;charset=utf-8', body: async () => (await import('../exports/toAcledCsv.ts')).toAcledCsv(context()) },
  { label: 'TimelineJS JSON', file: 'conflict-atlas-timelinejs.json', type: 'application/json', body: async () => JSON.stringify((await import('../exports/toTimelineJs.ts')).toTimelineJs(context()), null, 2) },
];

/**
 * Downloads the events on view (filters and window applied) in three formats. `children` are more ways
 * to take the view away, after these: App puts the Print and Embed buttons there, so the panels need not
 * know printing or embed mode (src/print/ and src/embed/ stand above them and use their parts).
 */
export function ExportMenu({ children }: { children?: ReactNode }) {
  return (
    <details className="export">
      <summary className="button">Export</summary>
      <div className="export__menu" role="group" aria-label="Export the events on view">
        {FORMATS.map((f) => (
          <button key={f.file} type="button" className="button" onClick={() => void f.body().then((body) => downloadFile(f.file, f.type, body))}>
            {f.label}
          </button>
        ))}
        {children}
      </div>
    </details>
  );
}
