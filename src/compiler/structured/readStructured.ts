/**
 * Structured sources in seeds/: `.csv` (ACLED's export columns, or TimelineJS's sheet), `.json`
 * (TimelineJS) and `.geojson` (a FeatureCollection). Each is read into the same `ArticleReading` an article
 * gives (readArticle.ts): a document (the file itself) and candidates, one per row or feature, which merge
 * with the extracted ones by the same rules. Being a reading, it is cached and read on worker threads like
 * any article (src/node/compileSeeds.ts).
 *
 * The format is recognised from the header row or the JSON's shape, not trusted from the extension alone.
 * A `.json` file that is not a TimelineJS timeline (an evaluation's gold file, a tool's settings) is not a
 * document: its reading is `skipped` (compile.ts leaves it out) with an info diagnostic. A `.csv` whose header is neither ACLED's nor
 * TimelineJS's is skipped with a warning naming the columns looked for. Everything wrong in a row is a
 * diagnostic at its file:line (quoted line breaks counted); the other rows still load.
 */
import type { Readers } from '../discourse/readDocument.ts';
import type { ArticleReading } from '../readArticle.ts';
import { normalizeText, readCsvTable } from './csvTable.ts';
import { parseJsonSpans } from './jsonSpans.ts';
import { isAcledHeader, readAcledRows } from './readAcledCsv.ts';
import { isFeatureCollection, readGeoJson } from './readGeoJson.ts';
import { isTimelineJsHeader, isTimelineJsJson, readTimelineJsJson, readTimelineJsRows, timelineTitle } from './readTimelineJs.ts';
import { fileName, structuredFile } from './structuredReading.ts';

/** A file this module reads instead of the article reader. */
export const isStructured = (path: string): boolean => /\.(csv|json|geojson)$/i.test(path);

export function readStructured(file: { path: string; text: string }, readers: Readers): ArticleReading {
  const text = normalizeText(file.text);
  const f = structuredFile(file.path, text, readers);
  if (/\.csv$/i.test(file.path)) {
    const table = readCsvTable(text);
    for (const p of table.problems) f.diagnostics.push({ severity: 'error', file: file.path, line: p.line, column: p.column, message: `CSV: ${p.message}` });
    const [head, ...rows] = table.rows;
    const header = head?.cells.map((c) => c.value.trim().toLowerCase()) ?? [];
    const format = isAcledHeader(header) ? readAcledRows : isTimelineJsHeader(header) ? readTimelineJsRows : undefined;
    if (!format) {
      f.report(head?.start ?? 0, 'not a structured source: the header is neither an ACLED export\'s (event_date, event_type, …) nor a TimelineJS sheet\'s (Year, Month, Day, Headline, Text, …): file skipped', 'warning');
      return { ...f.reading(fileName(file.path)), skipped: true };
    }
    const complete = rows.filter((row) => {
      if (row.cells.length === header.length) return true;
      f.report(row.start, `${row.cells.length} cells where the header has ${header.length}: row skipped`);
      return false;
    });
    format(f, header, complete);
    return f.reading(fileName(file.path));
  }
  const json = parseJsonSpans(text);
  if (!json.root) {
    f.report(json.error.offset, `invalid JSON: ${json.error.message}`, /\.geojson$/i.test(file.path) ? 'error' : 'warning');
    return { ...f.reading(fileName(file.path)), skipped: true };
  }
  if (isFeatureCollection(json.root)) {
    readGeoJson(f, json.root);
    return f.reading(fileName(file.path));
  }
  if (isTimelineJsJson(json.root)) {
    readTimelineJsJson(f, json.root);
    return f.reading(timelineTitle(json.root) ?? fileName(file.path));
  }
  f.report(json.root.start, /\.geojson$/i.test(file.path)
    ? 'not a GeoJSON FeatureCollection: file skipped'
    : 'not a TimelineJS timeline (an object with "events") nor a GeoJSON FeatureCollection: not a document, skipped', /\.geojson$/i.test(file.path) ? 'error' : 'info');
  return { ...f.reading(fileName(file.path)), skipped: true };
}
