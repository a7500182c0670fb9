import type { EventPlace } from '../schema.ts';

/**
 * What a place is, for anaphora ("the capital", "the province", "the camp" refer back to the last place of
 * a fitting kind). `capital` is a country's capital (GeoNames PPLC); `district` a neighbourhood, quarter or
 * suburb; `site` a facility (airport, base, bridge, port, prison, oil terminal); `camp` a camp.
 */
export type PlaceKind = 'country' | 'region' | 'capital' | 'city' | 'camp' | 'site' | 'district';

/** A place named in one sentence; `start`/`end` are character offsets into that sentence. */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  place: EventPlace;
  /** What the place is, when known (absent for an offset point such as "50 km south of Sirte"). */
  kind?: PlaceKind;
  /**
   * The name is used as an adjective or as part of another name, not as where something happened:
   * "Tobruk-based administration", "the Misrata militias", "Central Bank of Libya", "Tripoli Medical Centre".
   * Still returned, so the event builder can fall back on it, but it should rank below plain mentions.
   */
  modifier?: boolean;
  /**
   * The place only says where another place named just before lies: "Gharyan, about 80 km south of
   * Tripoli", "Tajoura, near Tripoli", "Marib lies 120 km east of Sanaa". Tripoli and Sanaa are landmarks,
   * not where anything happened; the event builder should skip such mentions.
   */
  reference?: boolean;
}

/** What a whole document says about geography, used to rank homonyms (Tripoli, Libya vs Tripoli, Lebanon). */
export interface PlaceContext {
  /** ISO 3166-1 alpha-2 codes of the countries the document mentions, most mentioned first. */
  countries: string[];
  /**
   * Name keys the document uses for a river, mountain or sea ("the Oskil River"): a later bare "the Oskil"
   * is the river too, not a village of that name.
   */
  naturalFeatures?: string[];
}

export interface PlaceFinder {
  /** First pass over a document's full text. */
  scanDocument(text: string, hint?: { place?: string }): PlaceContext;
  /** Places named in one sentence, most specific reading first, overlapping mentions removed. */
  find(sentence: string, context: PlaceContext): PlaceMention[];
  /**
   * A name known to be a place, looked up directly: a dateline ("TRIPOLI", "Derna (Libya)", "Tripoli,
   * Lebanon", "BEIRUT"). Capitals and qualifiers are read as in running text, but without the guards that
   * keep ordinary words from being read as places. Offsets in the result are into `name`.
   */
  lookup(name: string, context: PlaceContext): PlaceMention | undefined;
  /** The capital of a country given by its ISO 3166-1 alpha-2 code ("LY" → Tripoli), for "the capital". */
  capitalOf(country: string): EventPlace | undefined;
}
