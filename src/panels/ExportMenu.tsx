import './filters.css';
import type { ReactNode } from 'react';
import { appStore } from '../store/appStore.ts';
import { selectActorsById, selectDocumentsById, selectWindowedEvents } from '../store/selectors.ts';
import { downloadFile } from '../exports/downloadFile.ts';
import type { ExportContext } from '../exports/exportContext.ts';
import { toAcledCsv } from '../exports/toAcledCsv.ts';
import { toGeoJson } from '../exports/toGeoJson.ts';
import { toTimelineJs } from '../exports/toTimelineJs.ts';

// Read at click time, not subscribed: the menu needs the events only when a file is asked for.
function context(): ExportContext {
  const s = appStore.getState();
  return { events: selectWindowedEvents(s), actorsById: selectActorsById(s), documentsById: selectDocumentsById(s) };
}

const FORMATS = [
  { label: 'GeoJSON', file: 'conflict-atlas-events.geojson', type: 'application/geo+json', body: () => JSON.stringify(toGeoJson(context()), null, 2) },
  { label: 'CSV (ACLED columns)', file: 'conflict-atlas-events.csv', type: 'text/csv;charset=utf-8', body: () => toAcledCsv(context()) },
  { label: 'TimelineJS JSON', file: 'conflict-atlas-timelinejs.json', type: 'application/json', body: () => JSON.stringify(toTimelineJs(context()), null, 2) },
];

/**
 * Downloads the events on view (filters and window applied) in three formats. Print handout prints the
 * filtered events, or the story in story mode (src/print/: the handout takes the app's place on paper).
 * `children` are more ways to take the view away, after these: App puts the Embed button there, so the
 * panels need not know embed mode (src/embed/ stands above them and uses their parts).
 */
export function ExportMenu({ children }: { children?: ReactNode }) {
  return (
    <details className="export">
      <summary className="button">Export</summary>
      <div className="export__menu" role="group" aria-label="Export the events on view">
        {FORMATS.map((f) => (
          <button key={f.file} type="button" className="button" onClick={() => downloadFile(f.file, f.type, f.body())}>
            {f.label}
          </button>
        ))}
        <button type="button" className="button" onClick={() => window.print()}>Print handout</button>
        {children}
      </div>
    </details>
  );
}
