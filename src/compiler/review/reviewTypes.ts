import type { Event, PlacePrecision } from '../schema.ts';

/** What an editor decided about an event in its sidecar. */
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'edited';

/** An event as the extractor read it (before the sidecar), with what the editor decided about it. */
export type ReviewEvent = Event & {
  status: ReviewStatus;
  /** The event after the sidecar's correction, when it was edited (absent for an added event: it is itself). */
  corrected?: Event;
  /** The word that made the extractor read an event, by offsets into the document text. Absent for added events. */
  trigger?: { text: string; start: number; end: number };
  /** An event the editor added (the sidecar's `add:`); its status is `edited`. */
  added?: boolean;
};

export interface ReviewDocument {
  id: string;
  file: string;
  title: string;
  text: string;
  /** Where the document's sidecar is, or will be once the first decision is written. */
  sidecar: string;
  /** In document order (of each event's first source), added events after the extracted ones. */
  events: ReviewEvent[];
}

export interface ReviewPayload {
  documents: ReviewDocument[];
}

/** Review progress of one document, for `npm run compile` and the build. */
export interface ReviewSummary {
  /** The document's id. */
  document: string;
  file: string;
  /** Events read from it (by their first source) plus those its sidecar added. */
  total: number;
  /** Accepted as extracted. */
  accepted: number;
  /** Corrected or added. */
  edited: number;
  /** Suppressed: not in the dataset. */
  rejected: number;
  /** Not decided yet. */
  unreviewed: number;
}

/** A gazetteer place the review screen's place search offers (`GET /__atlas/places?q=`). */
export interface PlaceHit {
  name: string;
  lat: number;
  lon: number;
  country?: string;
  geonameId?: number;
  precision: PlacePrecision;
  /** Enough to tell two Tripolis apart: "town in LB, 230,000 people". */
  description: string;
}
