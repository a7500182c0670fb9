import type { ActorEntry } from './actors/ActorEntry.ts';
import type { DocumentPeople } from './actors/ActorMention.ts';
import type { SeenActor } from './actors/actorListOf.ts';
import { createActorFinder } from './actors/createActorFinder.ts';
import { attachCasualties } from './casualties/attachCasualties.ts';
import { countryFacts } from './discourse/countryFacts.ts';
import { afterPublication } from './dates/afterPublication.ts';
import { readDocument, type Readers } from './discourse/readDocument.ts';
import { parseDocument, type ParsedDocument } from './document/parseDocument.ts';
import type { Candidate } from './events/Candidate.ts';
import { eventId } from './events/eventId.ts';
import type { GazetteerIndex } from './places/GazetteerIndex.ts';
import { createPlaceFinder } from './places/createPlaceFinder.ts';
import type { Diagnostic } from './schema.ts';
import { isStructured, readStructured } from './structured/readStructured.ts';

/**
 * One article as read, before anything across documents (merging, sidecars, the story). It depends only on
 * the file's path and text, the actor list, the gazetteer and the compiler's code, and it is plain data
 * (JSON and structured-clone safe): the unit a shell may cache on disk or read on a worker thread.
 */
export interface ArticleReading {
  document: ParsedDocument;
  /** Every event the document tells, with its id, before merging. */
  candidates: Candidate[];
  /** The document's own diagnostics: parsing, then reading. */
  diagnostics: Diagnostic[];
  actors: SeenActor[];
  people: DocumentPeople;
  /** A structured file that turned out not to be a document (a `.json` that is no timeline): no document. */
  skipped?: true;
}

/** The reference data a reading consults, built once per compile (or once per worker). */
export function createReaders(gazetteer: GazetteerIndex, actors: readonly ActorEntry[]): Readers {
  const places = createPlaceFinder(gazetteer);
  return { places, actors: createActorFinder(actors), facts: countryFacts(gazetteer, places) };
}

export function readArticle(file: { path: string; text: string }, readers: Readers): ArticleReading {
  // Rows and features are read into the same reading, so they are cached, read on workers and merged alike.
  if (isStructured(file.path)) return readStructured(file, readers);
  const document = parseDocument(file.path, file.text);
  const diagnostics = [...document.diagnostics];
  const candidates = readDocument(document, readers, diagnostics);
  for (const c of candidates) sliceQuotes(c, document.text);
  attachCasualties(candidates);
  diagnostics.push(...afterPublication(candidates, document.published, document.file));
  // Ids hash what the event is once the document's context has completed its date and place.
  for (const c of candidates) c.id = eventId({ document: document.id, type: c.type, date: c.date, place: c.place });
  return { document, candidates, diagnostics, actors: readers.actors.seen(), people: readers.actors.people() };
}

/**
 * A source quotes its document exactly: `text.slice(start, end) === quote` (docs/DATA.md). The extractor
 * reads sentences with their whitespace folded ("wraps\nhere" as "wraps here"); the quote it cites is the
 * text as written, line breaks and double spaces included, so the reader can find it by its offsets.
 */
function sliceQuotes(c: Candidate, text: string): void {
  for (const s of c.sources) s.quote = text.slice(s.start, s.end);
  for (const s of [c.inferred?.date?.source, c.inferred?.place?.source]) if (s) s.quote = text.slice(s.start, s.end);
}
