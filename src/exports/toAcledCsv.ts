/**
 * The visible events as CSV with ACLED's column names, so they can sit next to ACLED data. Our additions:
 * `event_end_date` (ranges), `date_precision` (the schema's word: `day`, `month`, `year`; ACLED's
 * `time_precision` codes a month and a year alike as 3, "only the month or coarser", so the word keeps the
 * round trip exact), and `certainty` (ACLED has no such column: it codes only what it verifies).
 * `fatalities` is ACLED's most conservative reported figure: the lowest number of killed any source states
 * as its lower bound, empty when no source states one (src/data/describeCasualties.ts, acledFatalities).
 */
import type { Event } from '../compiler/schema.ts';
import { acledFatalities } from '../data/describeCasualties.ts';
import { acledSubType } from '../data/eventSubTypes.ts';
import { EVENT_TYPE_TABLE } from '../data/eventTypes.ts';
import { DATE_PRECISION_TABLE, acledGeoPrecision } from '../data/precisions.ts';
import { csvRows } from './csvCell.ts';
import { actorNames, type ExportContext } from './exportContext.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'event_end_date', 'year', 'time_precision', 'date_precision', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'country', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'certainty',
] as const;

// English names, fixed: the export must not depend on the reader's locale.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string | undefined) => {
  if (!code) return '';
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};

/** `2017-03` → `2017-03-01`: ACLED dates are whole days; time_precision says how much to trust them. */
const fullDay = (iso: string) => [...iso.split('-'), '01', '01'].slice(0, 3).join('-');

function row(e: Event, ctx: ExportContext): (string | number | null)[] {
  const actors = actorNames(e, ctx);
  // ACLED's `source` names who reported the event: the outlet a structured record cited (so an imported
  // ACLED row exports its own citation back), else the title of the article the atlas read it from.
  const documents = [...new Set(e.sources.map((s) => s.outlet ?? ctx.documentsById.get(s.document)?.title ?? s.document))];
  return [
    `${e.place?.country ?? 'XX'}-${e.id}`,
    e.date ? fullDay(e.date.start) : null,
    e.date?.end ? fullDay(e.date.end) : null,
    e.date ? Number(e.date.start.slice(0, 4)) : null,
    e.date ? DATE_PRECISION_TABLE[e.date.precision].acled : null,
    e.date?.precision ?? null,
    EVENT_TYPE_TABLE[e.type].acled,
    acledSubType(e.subType),
    actors[0] ?? null,
    actors[1] ?? null,
    countryName(e.place?.country),
    e.place?.name ?? null,
    e.place?.lat ?? null,
    e.place?.lon ?? null,
    e.place ? acledGeoPrecision(e.place) : null,
    documents.join('; '),
    e.sources.map((s) => s.quote).join(' | '),
    acledFatalities(e.sources),
    e.certainty,
  ];
}

export function toAcledCsv(ctx: ExportContext): string {
  return csvRows([[...ACLED_COLUMNS], ...ctx.events.map((e) => row(e, ctx))]);
}
