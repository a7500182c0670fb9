/**
 * A GeoJSON FeatureCollection (RFC 7946) as events: one feature, one event. The properties are the ones the
 * atlas's own export writes (src/exports/toGeoJson.ts), so an exported file reads back; ACLED's column
 * names are accepted beside them. docs/DATA.md, "Structured sources", lists them:
 *
 * - `type` (or `event_type`): required, ours (`battles`) or ACLED's words ("Battles");
 * - `subType` (or `sub_event_type`): optional, default `other`;
 * - `dateStart` (or `date`, `event_date`): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, its precision from its parts;
 *   `dateEnd` the same; `dateApproximate` true or false. Without a date the event is undated;
 * - the geometry: a `Point` (`[lon, lat]`), or null for an unplaced event; any other geometry is an error
 *   (an area has no one point an event happened at);
 * - `place` (or `location`, `name`): the point's name, required with a point; `precision` one of the
 *   schema's (`site` … `country`, default `city`); `placeApproximate`; `country` ISO alpha-2;
 * - `actors`: names, an array or one string separated by semicolons; `certainty` (default `stated`);
 * - `fatalities` (ACLED's name): the killed count, `at least` that many; 0, ACLED's "none reported", none;
 * - `source` (a string): who reported it, kept as the source's `outlet`;
 * - the quote: `notes`, else the first of `sources[].quote` (what the atlas exports), else `title`, else the
 *   whole feature as written.
 */
import type { Certainty, EventDate, EventPlace, PlacePrecision } from '../schema.ts';
import { Certainty as CertaintySchema, PlacePrecision as PlacePrecisionSchema } from '../schema.ts';
import { member, type JsonNode } from './jsonSpans.ts';
import { trimmed } from './readAcledCsv.ts';
import { readCoordinate, readFatalities, readIso, type StructuredFile } from './structuredReading.ts';
import { diplomacyOf, labelOf, readEventType, readSubType } from './vocabulary.ts';

const PRECISIONS: readonly string[] = PlacePrecisionSchema.options;
const CERTAINTIES: readonly string[] = CertaintySchema.options;

export const isFeatureCollection = (root: JsonNode): boolean =>
  member(root, 'type')?.kind === 'string' && (member(root, 'type') as { value: string }).value === 'FeatureCollection';

class Skip extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

export function readGeoJson(file: StructuredFile, root: JsonNode): void {
  const features = member(root, 'features');
  if (features?.kind !== 'array') {
    file.report(root.start, 'a FeatureCollection without a "features" array: nothing read');
    return;
  }
  for (const feature of features.items) {
    try {
      readFeature(file, feature);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      file.report(error.offset, `${error.message}: feature skipped`);
    }
  }
}

function readFeature(file: StructuredFile, feature: JsonNode): void {
  if (feature.kind !== 'object' || (member(feature, 'type') as { value?: unknown } | undefined)?.value !== 'Feature') throw new Skip(feature.start, 'not a Feature');
  const properties = member(feature, 'properties');
  if (properties?.kind !== 'object') throw new Skip(feature.start, 'no properties');
  const prop = (...names: string[]) => names.map((n) => member(properties, n)).find((n) => n && n.kind !== 'null');
  const text = (node: JsonNode | undefined, what: string): string => {
    if (!node) return '';
    if (node.kind !== 'string') throw new Skip(node.start, `${what} is not a string`);
    return node.value;
  };
  const flag = (node: JsonNode | undefined, what: string): boolean => {
    if (!node) return false;
    if (node.kind !== 'boolean') throw new Skip(node.start, `${what} is not true or false`);
    return node.value;
  };

  const typeNode = prop('type', 'event_type');
  const typeWords = text(typeNode, 'type');
  const parsed = readEventType(typeWords);
  if (!parsed) throw new Skip(typeNode?.start ?? properties.start, typeWords ? `type "${typeWords}" is not an event type (battles, protests, … or ACLED's words)` : 'no type');
  const subWords = text(prop('subType', 'sub_event_type'), 'subType');
  const subType = readSubType(subWords);
  const type = diplomacyOf(parsed, subType);

  let date: EventDate | null = null;
  const startNode = prop('dateStart', 'date', 'event_date');
  if (startNode) {
    const start = readIso(text(startNode, 'dateStart'));
    if (!start) throw new Skip(startNode.start, `dateStart "${text(startNode, 'dateStart')}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
    const endNode = prop('dateEnd');
    const end = endNode ? readIso(text(endNode, 'dateEnd')) : undefined;
    if (endNode && (!end || end.length !== start.length || end < start)) {
      throw new Skip(endNode.start, `dateEnd "${text(endNode, 'dateEnd')}" is not a date of the same precision as dateStart, on or after it`);
    }
    const stated = prop('datePrecision');
    if (stated && text(stated, 'datePrecision') !== precision) throw new Skip(stated.start, `datePrecision "${text(stated, 'datePrecision')}" does not match dateStart "${start}"`);
    date = { start, ...(end && end !== start ? { end } : {}), precision, ...(flag(prop('dateApproximate'), 'dateApproximate') ? { approximate: true } : {}) };
  }

  let place: EventPlace | null = null;
  const geometry = member(feature, 'geometry');
  if (geometry && geometry.kind !== 'null') {
    const kind = (member(geometry, 'type') as { value?: unknown } | undefined)?.value;
    if (kind !== 'Point') throw new Skip(geometry.start, `a ${typeof kind === 'string' ? kind : 'geometry'} is not a Point (an event happens at one point)`);
    const coordinates = member(geometry, 'coordinates');
    const [lonNode, latNode] = coordinates?.kind === 'array' ? coordinates.items : [];
    const lon = lonNode?.kind === 'number' ? readCoordinate(lonNode.value, 180) : undefined;
    const lat = latNode?.kind === 'number' ? readCoordinate(latNode.value, 90) : undefined;
    if (lon === undefined || lat === undefined) throw new Skip(coordinates?.start ?? geometry.start, 'coordinates are not [longitude, latitude] in degrees');
    const nameNode = prop('place', 'location', 'name');
    const name = text(nameNode, 'place').trim();
    if (!name) throw new Skip(properties.start, 'a point without a place name ("place")');
    const precisionNode = prop('precision');
    const precision = text(precisionNode, 'precision') || 'city';
    if (!PRECISIONS.includes(precision)) throw new Skip(precisionNode!.start, `precision "${precision}" is not one of ${PRECISIONS.join(', ')}`);
    const countryNode = prop('country');
    const country = text(countryNode, 'country').trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) throw new Skip(countryNode!.start, `country "${country}" is not an ISO 3166 alpha-2 code`);
    place = file.enrich({
      name, lat, lon, precision: precision as PlacePrecision,
      ...(flag(prop('placeApproximate'), 'placeApproximate') ? { approximate: true } : {}), ...(country ? { country } : {}),
    });
  }

  const certaintyNode = prop('certainty');
  const certainty = text(certaintyNode, 'certainty') || 'stated';
  if (!CERTAINTIES.includes(certainty)) throw new Skip(certaintyNode!.start, `certainty "${certainty}" is not one of ${CERTAINTIES.join(', ')}`);

  const actorsNode = prop('actors');
  const actorNames = !actorsNode ? [] : actorsNode.kind === 'array'
    ? actorsNode.items.map((n) => text(n, 'an actor'))
    : text(actorsNode, 'actors').split(';');

  const sources = prop('sources');
  const firstQuote = sources?.kind === 'array' ? member(sources.items[0], 'quote') : undefined;
  const quoted = [prop('notes'), firstQuote, prop('title')].find((n) => n?.kind === 'string' && n.value.trim());
  const quote = quoted ? trimmed(file.text, quoted.start + 1, quoted.end - 1) : { start: feature.start, end: feature.end };
  // ACLED's `fatalities`, a number or a string of digits; its 0 (none reported) gives no count.
  const fatalitiesNode = prop('fatalities');
  let casualties;
  if (fatalitiesNode) {
    if (fatalitiesNode.kind !== 'number' && fatalitiesNode.kind !== 'string') throw new Skip(fatalitiesNode.start, 'fatalities is not a number');
    const words = fatalitiesNode.kind === 'number' ? file.text.slice(fatalitiesNode.start, fatalitiesNode.end) : fatalitiesNode.value;
    casualties = readFatalities(words, true);
    if (typeof casualties === 'string') file.report(fatalitiesNode.start, casualties, 'warning');
  }
  // `source`: who reported it, as an ACLED-derived layer or a GIS analyst names them (a string).
  const outletNode = prop('source');
  file.add({
    type, subType, label: labelOf(subWords, subType, type), date, place, actorNames, certainty: certainty as Certainty, quote,
    ...(typeof casualties === 'object' ? { casualties } : {}),
    ...(outletNode?.kind === 'string' ? { outlet: outletNode.value } : {}),
  });
}
