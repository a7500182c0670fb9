import type { EventPlace } from '../schema.ts';

/** A place named in one sentence; `start`/`end` are character offsets into that sentence. */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  place: EventPlace;
  /**
   * The name is used as an adjective or as part of another name, not as where something happened:
   * "Tobruk-based administration", "the Misrata militias", "Central Bank of Libya", "Tripoli Medical Centre".
   * Still returned, so the event builder can fall back on it, but it should rank below plain mentions.
   */
  modifier?: boolean;
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
