/**
 * TimelineJS as events: its Google Sheets template (CSV) and its JSON format
 * (https://timeline.knightlab.com/docs/json-format.html). One row or event, one event of ours.
 *
 * TimelineJS knows dates, a headline and a text; it has no place, type, actors or certainty. So:
 * - the date is as fine as the parts given: Year → `year`, Year+Month → `month`, Year+Month+Day → `day`;
 *   an end date makes a range at the coarser of the two precisions; a Display Date starting with "about",
 *   "around", "circa", "c." or "~" makes it `approximate` (the atlas's own export writes "about …");
 * - the type is read from `Group` (JSON `group`): one of ours (`battles`) or ACLED's words ("Battles").
 *   Without one the event is a strategic development (`other`), with a warning saying so;
 * - a place only from the atlas's extension: JSON `location: { name, lat, lon }` (what the atlas exports,
 *   and StoryMapJS's shape), sheet columns `Location`, `Latitude`, `Longitude`. Its precision is `city`
 *   unless the JSON gives `precision`; TimelineJS itself says nothing of it;
 * - rows and events of Type `title` or `era` are slides, not events: skipped with an info diagnostic;
 * - certainty `stated` (the publisher's timeline states it), no actors.
 *
 * The source quotes the Text (else the Headline) cell or string as written in the file.
 */
import { coarser } from '../dates/isoDate.ts';
import type { EventDate, EventPlace, EventType, PlacePrecision } from '../schema.ts';
import { PlacePrecision as PlacePrecisionSchema } from '../schema.ts';
import type { CsvCell, CsvRow } from './csvTable.ts';
import { member, type JsonNode } from './jsonSpans.ts';
import { trimmed } from './readAcledCsv.ts';
import { cut, isoOf, readCoordinate, type StructuredFile } from './structuredReading.ts';
import { labelOf, readEventType } from './vocabulary.ts';

/** A header is TimelineJS's when it has these (lower-cased). */
export const isTimelineJsHeader = (columns: readonly string[]): boolean => columns.includes('year') && columns.includes('headline');

const APPROXIMATE = /^\s*(about|around|circa|c\.|ca\.|~)/i;
const PRECISIONS: readonly string[] = PlacePrecisionSchema.options;

interface Parts { year: string; month: string; day: string }

type DateReading = { date: EventDate } | { problem: string };

/** Start and end parts as TimelineJS gives them, in the schema's terms. */
function readDate(start: Parts, end: Parts | undefined, display: string): DateReading {
  const one = (p: Parts, what: string): { iso: string; precision: EventDate['precision'] } | string => {
    const num = (s: string) => (s.trim() === '' ? undefined : /^-?\d+$/.test(s.trim()) ? Number(s) : NaN);
    const [y, m, d] = [num(p.year), num(p.month), num(p.day)];
    if (y === undefined) return `no ${what} year`;
    if (d !== undefined && m === undefined) return `a ${what} day without a month`;
    const iso = isoOf(y, m, d);
    if (!iso) return `${what} date ${[p.year, p.month, p.day].filter((s) => s.trim()).join('-')} is not a date (year 1000–2999, month 1–12, a day of that month)`;
    return { iso, precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year' };
  };
  const s = one(start, 'start');
  if (typeof s === 'string') return { problem: s };
  const e = end && (end.year.trim() || end.month.trim() || end.day.trim()) ? one(end, 'end') : undefined;
  if (typeof e === 'string') return { problem: e };
  const precision = e ? coarser(s.precision, e.precision) : s.precision;
  const startIso = cut(s.iso, precision);
  const endIso = e ? cut(e.iso, precision) : undefined;
  if (endIso && endIso < startIso) return { problem: 'the end date is before the start date' };
  return {
    date: {
      start: startIso, ...(endIso && endIso !== startIso ? { end: endIso } : {}), precision, ...(APPROXIMATE.test(display) ? { approximate: true } : {}),
    },
  };
}

/** The type from Group, or the default with a warning. */
function readGroup(file: StructuredFile, group: string, offset: number): { type: EventType; subType: string } {
  const type = readEventType(group);
  if (type) return { type, subType: 'other' };
  file.report(offset, group.trim()
    ? `Group "${group.trim()}" is not an event type (battles, protests, … or ACLED's words): read as a strategic development`
    : 'no Group naming the event type (battles, protests, … or ACLED\'s words): read as a strategic development', 'warning');
  return { type: 'strategic-developments', subType: 'other' };
}

export function readTimelineJsRows(file: StructuredFile, header: readonly string[], rows: readonly CsvRow[]): void {
  const col = new Map(header.map((name, i) => [name, i]));
  for (const row of rows) {
    const cell = (name: string): CsvCell | undefined => {
      const i = col.get(name);
      return i === undefined ? undefined : row.cells[i];
    };
    const value = (name: string) => cell(name)?.value ?? '';
    const slide = value('type').trim().toLowerCase();
    if (slide === 'title' || slide === 'era') {
      file.report(row.start, `${slideName(slide)}, not an event: skipped`, 'info');
      continue;
    }
    const read = readDate(
      { year: value('year'), month: value('month'), day: value('day') },
      { year: value('end year'), month: value('end month'), day: value('end day') },
      value('display date'),
    );
    if ('problem' in read) {
      file.report(cell('year')?.start ?? row.start, `${read.problem}: row skipped`);
      continue;
    }
    let place: EventPlace | null = null;
    if (value('latitude').trim() || value('longitude').trim()) {
      const lat = readCoordinate(value('latitude'), 90);
      const lon = readCoordinate(value('longitude'), 180);
      const name = value('location').trim();
      if (lat === undefined || lon === undefined || !name) {
        file.report(cell(lat === undefined ? 'latitude' : lon === undefined ? 'longitude' : 'location')?.start ?? row.start,
          lat === undefined ? `Latitude "${value('latitude')}" is not a number from -90 to 90: row skipped`
            : lon === undefined ? `Longitude "${value('longitude')}" is not a number from -180 to 180: row skipped` : 'a point without a Location name: row skipped');
        continue;
      }
      place = file.enrich({ name, lat, lon, precision: 'city' });
    }
    const { type, subType } = readGroup(file, value('group'), cell('group')?.start ?? row.start);
    const quoted = [cell('text'), cell('headline')].find((c) => c && c.value.trim());
    const quote = quoted ? trimmed(file.text, quoted.start, quoted.end) : { start: row.start, end: row.end };
    file.add({ type, subType, label: labelOf('', subType, type), date: read.date, place, actorNames: [], certainty: 'stated', quote });
  }
}

/** A TimelineJS JSON file is an object with an `events` array. */
export const isTimelineJsJson = (root: JsonNode): boolean => member(root, 'events')?.kind === 'array';

export function readTimelineJsJson(file: StructuredFile, root: JsonNode): void {
  const events = member(root, 'events');
  if (events?.kind !== 'array') return;
  for (const event of events.items) {
    if (event.kind !== 'object') {
      file.report(event.start, 'an event is not an object: skipped');
      continue;
    }
    const text = (node: JsonNode | undefined) => (node?.kind === 'string' ? node.value : node?.kind === 'number' ? String(node.value) : '');
    const parts = (node: JsonNode | undefined): Parts | undefined =>
      node?.kind === 'object' ? { year: text(member(node, 'year')), month: text(member(node, 'month')), day: text(member(node, 'day')) } : undefined;
    const slide = text(member(event, 'type')).toLowerCase();
    if (slide === 'title' || slide === 'era') {
      file.report(event.start, `${slideName(slide)}, not an event: skipped`, 'info');
      continue;
    }
    const start = parts(member(event, 'start_date'));
    if (!start) {
      file.report(event.start, 'no start_date: skipped');
      continue;
    }
    const read = readDate(start, parts(member(event, 'end_date')), text(member(event, 'display_date')));
    if ('problem' in read) {
      file.report(member(event, 'start_date')!.start, `${read.problem}: skipped`);
      continue;
    }
    let place: EventPlace | null = null;
    const location = member(event, 'location');
    if (location) {
      const lat = readCoordinate(plainNumber(member(location, 'lat')), 90);
      const lon = readCoordinate(plainNumber(member(location, 'lon')), 180);
      const name = text(member(location, 'name')).trim();
      const precision = text(member(location, 'precision')) || 'city';
      if (lat === undefined || lon === undefined || !name || !PRECISIONS.includes(precision)) {
        file.report(location.start, lat === undefined ? 'location.lat is not a number from -90 to 90: skipped'
          : lon === undefined ? 'location.lon is not a number from -180 to 180: skipped'
            : !name ? 'location without a name: skipped' : `location.precision "${precision}" is not one of ${PRECISIONS.join(', ')}: skipped`);
        continue;
      }
      place = file.enrich({ name: unescapeHtml(name), lat, lon, precision: precision as PlacePrecision });
    }
    const group = member(event, 'group');
    const { type, subType } = readGroup(file, text(group), group?.start ?? event.start);
    const body = member(event, 'text');
    const quoted = [member(body, 'text'), member(body, 'headline')].find((n) => n?.kind === 'string' && n.value.trim());
    const quote = quoted ? trimmed(file.text, quoted.start + 1, quoted.end - 1) : { start: event.start, end: event.end };
    file.add({ type, subType, label: labelOf('', subType, type), date: read.date, place, actorNames: [], certainty: 'stated', quote });
  }
}

const slideName = (slide: string) => (slide === 'era' ? 'an era' : 'the title slide');

/** The title slide's headline, the timeline's own title. */
export function timelineTitle(root: JsonNode): string | undefined {
  const headline = member(member(member(root, 'title'), 'text'), 'headline');
  return headline?.kind === 'string' && headline.value.trim() ? unescapeHtml(headline.value.replace(/<[^>]*>/g, '').trim()) : undefined;
}

const plainNumber = (node: JsonNode | undefined): string | number => (node?.kind === 'number' ? node.value : node?.kind === 'string' ? node.value : '');

/** TimelineJS text is HTML; the atlas shows text, so the entities the atlas's export writes are undone. */
export const unescapeHtml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
