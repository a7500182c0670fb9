/**
 * What the three structured readers share: a record (one CSV row, one TimelineJS event, one GeoJSON
 * feature) made into a candidate exactly like one the extractor reads from a sentence, so the events join
 * the extracted ones before merging and merge by the same rules (readArticle.ts, compile.ts).
 *
 * The document is the file itself, as written (line breaks as `\n`, no byte order mark): a record's source
 * quotes one of its cells or strings by offsets into it, so `text.slice(start, end) === quote` holds as for
 * a sentence, and the reader shows the record in its file (docs/DATA.md, "Structured sources").
 */
import { actorIdOf } from '../actors/ActorRegistry.ts';
import type { SeenActor } from '../actors/actorListOf.ts';
import type { Readers } from '../discourse/readDocument.ts';
import { documentId } from '../document/documentId.ts';
import type { ParsedDocument } from '../document/parseDocument.ts';
import type { Candidate } from '../events/Candidate.ts';
import { eventId } from '../events/eventId.ts';
import { distanceKm } from '../events/mergeEvents.ts';
import type { ArticleReading } from '../readArticle.ts';
import type { Casualties, Certainty, Diagnostic, EventDate, EventPlace, EventType } from '../schema.ts';
import { lineStarts, positionOf } from './csvTable.ts';

/** One record as a structured file states it, in the schema's words. */
export interface StructuredRecord {
  type: EventType;
  subType: string;
  label: string;
  date: EventDate | null;
  place: EventPlace | null;
  /** Names as the file gives them; matched against the actor list, else actors of their own. */
  actorNames: string[];
  certainty: Certainty;
  /** The span of the text the record's source quotes (non-empty). */
  quote: { start: number; end: number };
  /** The counts the record states (ACLED's `fatalities`), on its source; never on diplomacy. */
  casualties?: Casualties;
  /** Who the record says reported it (ACLED's `source`), kept on its source as `outlet`. */
  outlet?: string;
}

/** A gazetteer point this close to the file's is the same place: it lends its GeoNames id and country. */
const SAME_POINT_KM = 10;

export interface StructuredFile {
  path: string;
  text: string;
  diagnostics: Diagnostic[];
  /** 1-based line and column of an offset. */
  at(offset: number): { line: number; column: number };
  /** An error (or other) diagnostic at an offset of the file. */
  report(offset: number, message: string, severity?: Diagnostic['severity']): void;
  add(record: StructuredRecord): void;
  /** ISO alpha-2 of a country named in English ("Libya" → LY), from the gazetteer. */
  countryCode(name: string): string | undefined;
  /** The place with the gazetteer's GeoNames id and country when it names the same point. */
  enrich(place: EventPlace): EventPlace;
  reading(title: string): ArticleReading;
}

export function structuredFile(path: string, text: string, readers: Readers): StructuredFile {
  const doc = documentId(path);
  const starts = lineStarts(text);
  const diagnostics: Diagnostic[] = [];
  const candidates: Candidate[] = [];
  const own = new Map<string, SeenActor>();
  const empty = { countries: [] as string[] };
  readers.actors.beginDocument();
  const at = (offset: number) => positionOf(starts, offset);

  /**
   * An actor the curated list (or seeds/actors.yaml) knows by this name or an alias, else one of its own,
   * kind `other`, its id slugged from the name as the extractor slugs a name it learns. ACLED's qualifier
   * in brackets ("Protesters (Libya)") is part of the name, but the list may know the name without it.
   */
  const known = new Map<string, string | undefined>();
  const actorId = (name: string): string | undefined => {
    if (!known.has(name)) known.set(name, resolveActor(name));
    return known.get(name);
  };
  const resolveActor = (name: string): string | undefined => {
    const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
    for (const form of new Set([name, bare])) {
      if (!form) continue;
      // An actor cell names who acted: read it also as a clause's subject, where a country's name is its
      // government (the list knows "Syria" as an agent only: "Syria said", not "flights to Syria").
      const whole = [form, `${form} said`].map((s) => readers.actors.find(s).find((m) => m.start === 0 && m.end === form.length)).find(Boolean);
      // A single capitalised word the person detector took for a name ("Civilians") is no person.
      const guess = whole && !form.includes(' ') && readers.actors.seen().find((a) => a.id === whole.actorId)?.kind === 'person' && whole.actorId === actorIdOf(form);
      if (whole && !guess) return whole.actorId;
    }
    const id = actorIdOf(name);
    if (!id) return undefined;
    if (!own.has(id)) own.set(id, { id, name, kind: 'other', aliases: [], forms: [name] });
    return id;
  };

  return {
    path,
    text,
    diagnostics,
    at,
    report(offset, message, severity = 'error') {
      diagnostics.push({ severity, file: path, ...at(offset), message });
    },
    add(record) {
      const { start, end } = record.quote;
      const actors = [...new Set(record.actorNames.map((n) => n.trim()).filter(Boolean).map(actorId).filter((id): id is string => !!id))];
      const c: Candidate = {
        id: '',
        type: record.type,
        subType: record.subType,
        label: record.label,
        date: record.date,
        place: record.place,
        actors,
        certainty: record.certainty,
        sources: [{
          document: doc, quote: text.slice(start, end), start, end, line: at(start).line,
          ...(record.casualties && record.type !== 'diplomacy' ? { casualties: record.casualties } : {}),
          ...(record.outlet?.trim() ? { outlet: record.outlet.trim() } : {}),
        }],
        sentence: candidates.length,
        at: 0,
        trigger: { text: '', start, end: start },
        own: { date: true, place: true },
        weak: false,
        nominal: false,
        definite: false,
        earlier: false,
        perfect: false,
        present: false,
        undatable: false,
        inferred: undefined,
      };
      c.id = eventId({ document: doc, type: c.type, date: c.date, place: c.place });
      candidates.push(c);
    },
    countryCode(name) {
      const found = name.trim() && readers.places.lookup(name.trim(), empty);
      return found && found.place.precision === 'country' ? found.place.country : undefined;
    },
    enrich(place) {
      const found = readers.places.lookup(place.name, { countries: place.country ? [place.country] : [] });
      if (!found || distanceKm(found.place, place) > SAME_POINT_KM) return place;
      const country = place.country ?? found.place.country;
      const geonameId = place.precision !== 'region' && place.precision !== 'country' ? found.place.geonameId : undefined;
      return { ...place, ...(country ? { country } : {}), ...(geonameId !== undefined ? { geonameId } : {}) };
    },
    reading(title) {
      // The actors the list matched, then the file's own, in the order first seen.
      const used = new Set(candidates.flatMap((c) => c.actors));
      const seen = [...readers.actors.seen().filter((a) => used.has(a.id)), ...own.values()];
      const document: ParsedDocument = { id: doc, file: path, title, published: null, text, paragraphs: [], diagnostics: [] };
      diagnostics.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
      return { document, candidates, diagnostics, actors: seen, people: { surnames: [], bare: [] } };
    },
  };
}

/** The file's name without its folder: a structured file has no headline of its own. */
export const fileName = (path: string): string => path.split('/').pop() ?? path;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when the parts are a real calendar date in 1000–2999, else undefined. */
export function isoOf(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return undefined;
  const y = String(year);
  if (month === undefined) return day === undefined ? y : undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return m;
  const last = month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (!Number.isInteger(day) || day < 1 || day > last) return undefined;
  return `${m}-${String(day).padStart(2, '0')}`;
}

/** An ISO date string checked as a calendar date: `2017`, `2017-03`, `2017-03-14`. */
export function readIso(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  return m ? isoOf(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])) : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A whole day: `2017-03-14`, or ACLED's older `14 March 2017` (also `14-March-2017`, `14 Mar 2017`). */
export function readDay(value: string): string | undefined {
  const iso = readIso(value);
  if (iso) return iso.length === 10 ? iso : undefined;
  const m = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((x) => x === name || (name.length >= 3 && x.startsWith(name)));
  return month < 0 ? undefined : isoOf(Number(m[3]), month + 1, Number(m[1]));
}

/** The date cut to a precision: `2017-03-14` at month is `2017-03`. */
export const cut = (iso: string, precision: EventDate['precision']): string =>
  iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);

/** A latitude or longitude cell: a finite number within its range, else undefined. */
export function readCoordinate(value: string | number, limit: 90 | 180): number | undefined {
  const n = typeof value === 'number' ? value : /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/**
 * ACLED's `fatalities` (a CSV cell, a GeoJSON property) as the killed count of the row's source. ACLED's
 * codebook calls the number "a conservative estimate" of the reported fatalities, the lowest figure its
 * sources give, so it is a lower bound: `at least` n, no maximum. Its `0` is what it codes when no
 * fatalities are reported, which is not a report of none: no count (`zeroIsNone`). The atlas's own export
 * writes an empty cell for no count, so a `0` there is a count a source stated. The figure's `text` is the
 * cell's words as written in the file (docs/DATA.md, "Casualties"). Undefined: no count; a string: what is
 * wrong with the value (the row still loads, without a count).
 */
export function readFatalities(words: string, zeroIsNone: boolean): Casualties | string | undefined {
  const value = words.trim();
  if (!value) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) return `fatalities "${value}" is not a whole number of people: read without a count`;
  const n = Number(value);
  if (n === 0 && zeroIsNone) return undefined;
  return { killed: { min: n, max: null, hedge: 'at least', text: value } };
}
