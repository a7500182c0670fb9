import type { EventPlace } from '../schema.ts';

/** A place named in one sentence; `start`/`end` are character offsets into that sentence. */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  place: EventPlace;
}

/** What a whole document says about geography, used to rank homonyms (Tripoli, Libya vs Tripoli, Lebanon). */
export interface PlaceContext {
  /** ISO 3166-1 alpha-2 codes of the countries the document mentions, most mentioned first. */
  countries: string[];
}

export interface PlaceFinder {
  /** First pass over a document's full text. */
  scanDocument(text: string, hint?: { place?: string }): PlaceContext;
  /** Places named in one sentence, most specific reading first, overlapping mentions removed. */
  find(sentence: string, context: PlaceContext): PlaceMention[];
}
