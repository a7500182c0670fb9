/**
 * An ACLED export (CSV) as events: one row, one event. Two dialects, told apart by the header:
 *
 * - ACLED's own columns (`event_date`, `time_precision`, `event_type`, `sub_event_type`, `actor1`,
 *   `assoc_actor_1`, `actor2`, `assoc_actor_2`, `country`, `admin1`–`admin3`, `location`, `latitude`,
 *   `longitude`, `geo_precision`, `source`, `notes`, `fatalities`, …; any order, extra columns ignored);
 * - the atlas's own export (src/exports/toAcledCsv.ts), which adds `event_end_date`, `certainty` and
 *   `date_precision` (the schema's word, `day` / `month` / `year`), read exactly. An older atlas export
 *   (with `certainty` or `event_end_date` but no `date_precision`) wrote `time_precision` in its own codes
 *   then (1 day, 2 month, 3 year): it is read with those.
 *
 * ACLED's codes, as its codebook defines them, and what the schema can say of them honestly:
 *
 * | time_precision | ACLED                                   | EventDate                                  |
 * |---|---|---|
 * | 1 | the day is known                                         | that day                                   |
 * | 2 | within about a week, or a part of a month                | its month, `approximate` (a week may straddle two) |
 * | 3 | only the month, or a coarser period                      | its month, `approximate` (the month is ACLED's pick when the source is vaguer) |
 *
 * | geo_precision | ACLED                                    | EventPlace                                 |
 * |---|---|---|
 * | 1 | the town or place itself                                 | `city`                                     |
 * | 2 | near the town, or a small part of a region              | `city`, `approximate`                       |
 * | 3 | only a larger region: coded to its capital               | `region`, named by `admin1` when given      |
 *
 * The row's source quotes its `notes` cell (the whole row when the notes are empty); see structuredReading.ts.
 * Its `source` (the outlets ACLED cites) becomes the source's `outlet`. Its `fatalities` become the source's killed count, `at least` that many (readFatalities): ACLED's `0`
 * (none reported) gives no count; in the atlas's export, where no count is an empty cell, `0` is a count.
 */
import type { Certainty, DatePrecision, EventDate, EventPlace } from '../schema.ts';
import { Certainty as CertaintySchema, DatePrecision as DatePrecisionSchema } from '../schema.ts';
import type { CsvRow } from './csvTable.ts';
import { cut, readCoordinate, readDay, readFatalities, type StructuredFile } from './structuredReading.ts';
import { diplomacyOf, labelOf, readEventType, readSubType } from './vocabulary.ts';

/** A header is ACLED's when it has these (lower-cased). */
export const isAcledHeader = (columns: readonly string[]): boolean => columns.includes('event_date') && columns.includes('event_type');

const ACTOR_COLUMNS = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'];
const CERTAINTIES: readonly string[] = CertaintySchema.options;
const DATE_PRECISIONS: readonly string[] = DatePrecisionSchema.options;

export function readAcledRows(file: StructuredFile, header: readonly string[], rows: readonly CsvRow[]): void {
  const hasWord = header.includes('date_precision');
  const atlas = hasWord || header.includes('certainty') || header.includes('event_end_date');
  const col = new Map(header.map((name, i) => [name, i]));
  for (const row of rows) {
    const cell = (name: string) => {
      const i = col.get(name);
      return i === undefined ? undefined : row.cells[i];
    };
    const value = (name: string) => cell(name)?.value.trim() ?? '';
    const fail = (name: string, message: string) => {
      file.report(cell(name)?.start ?? row.start, `${message}: row skipped`);
    };

    // The atlas exports an undated event with an empty date; ACLED has none.
    const undated = atlas && !value('event_date');
    const day = readDay(value('event_date'));
    if (!day && !undated) {
      fail('event_date', value('event_date') ? `event_date "${value('event_date')}" is not a date (2017-03-14 or 14 March 2017)` : 'no event_date');
      continue;
    }
    const code = value('time_precision') || '1';
    if (!/^[123]$/.test(code)) {
      fail('time_precision', `time_precision "${code}" is not 1, 2 or 3`);
      continue;
    }
    let date: EventDate | null = null;
    if (!day) date = null;
    else if (atlas) {
      // The schema's word in `date_precision`; an older export without the column coded 1 day, 2 month, 3 year.
      const word = value('date_precision');
      if (hasWord && !DATE_PRECISIONS.includes(word)) {
        fail('date_precision', `date_precision "${word}" is not one of ${DATE_PRECISIONS.join(', ')}`);
        continue;
      }
      const precision = hasWord ? (word as DatePrecision) : code === '1' ? 'day' : code === '2' ? 'month' : 'year';
      const endDay = value('event_end_date') ? readDay(value('event_end_date')) : undefined;
      if (value('event_end_date') && (!endDay || endDay < day)) {
        fail('event_end_date', `event_end_date "${value('event_end_date')}" is not a date on or after event_date`);
        continue;
      }
      const end = endDay && cut(endDay, precision) !== cut(day, precision) ? cut(endDay, precision) : undefined;
      date = { start: cut(day, precision), ...(end ? { end } : {}), precision };
    } else {
      // ACLED's 2 (about a week) may straddle two months; its 3 is "the month or coarser": both approximate.
      date = code === '1' ? { start: day, precision: 'day' } : { start: cut(day, 'month'), precision: 'month', approximate: true };
    }

    const typeWords = value('event_type');
    const parsedType = readEventType(typeWords);
    if (!parsedType) {
      fail('event_type', typeWords ? `event_type "${typeWords}" is not one of ACLED's event types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments)` : 'no event_type');
      continue;
    }
    const subType = readSubType(value('sub_event_type'));
    const type = diplomacyOf(parsedType, subType);

    let place: EventPlace | null = null;
    const latText = value('latitude');
    const lonText = value('longitude');
    if (latText || lonText) {
      const lat = readCoordinate(latText, 90);
      const lon = readCoordinate(lonText, 180);
      if (lat === undefined) { fail('latitude', `latitude "${latText}" is not a number from -90 to 90`); continue; }
      if (lon === undefined) { fail('longitude', `longitude "${lonText}" is not a number from -180 to 180`); continue; }
      const geo = value('geo_precision') || '1';
      if (!/^[123]$/.test(geo)) { fail('geo_precision', `geo_precision "${geo}" is not 1, 2 or 3`); continue; }
      const name = (geo === '3' && value('admin1')) || value('location') || value('admin2') || value('admin1');
      if (!name) { fail('location', 'a point without a location name'); continue; }
      const country = file.countryCode(value('country'));
      place = file.enrich({
        name, lat, lon, precision: geo === '3' ? 'region' : 'city', ...(geo === '2' ? { approximate: true } : {}), ...(country ? { country } : {}),
      });
    }

    let certainty: Certainty = 'stated';
    const stated = value('certainty');
    if (atlas && stated) {
      if (!CERTAINTIES.includes(stated)) { fail('certainty', `certainty "${stated}" is not one of ${CERTAINTIES.join(', ')}`); continue; }
      certainty = stated as Certainty;
    }

    // ACLED lists associated actors in one cell, separated by semicolons.
    const actorNames = ACTOR_COLUMNS.flatMap((name) => value(name).split(';'));
    const notes = cell('notes');
    const quote = notes && notes.value.trim() ? trimmed(file.text, notes.start, notes.end) : { start: row.start, end: row.end };
    // ACLED codes 0 when no deaths are reported; the atlas's export leaves the cell empty then.
    const casualties = readFatalities(value('fatalities'), !atlas);
    if (typeof casualties === 'string') file.report(cell('fatalities')!.start, casualties, 'warning');
    file.add({
      type, subType, label: labelOf(value('sub_event_type'), subType, type), date, place, actorNames, certainty, quote,
      ...(typeof casualties === 'object' ? { casualties } : {}),
      // ACLED's citation of the outlets that reported the event; the atlas's export writes it back there.
      outlet: value('source'),
    });
  }
}

/** The span without the spaces at its ends. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
