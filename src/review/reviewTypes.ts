/**
 * What the dev server's review endpoint sends and takes (src/node: GET /__atlas/review, POST
 * /__atlas/sidecar). Types only, so the review screen bundles no compiler code.
 */
import type { Certainty, Event, EventDate, EventPlace, EventType } from '../compiler/schema.ts';

export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'edited';

/** An event as the extractor read it (before the sidecar), with what the editor decided about it. */
export type ReviewEvent = Event & {
  status: ReviewStatus;
  /** The event after the sidecar's correction, when it was edited. */
  corrected?: Event;
  /** The word that made the extractor read an event, by offsets into the document text. */
  trigger?: { text: string; start: number; end: number };
  /** An event the editor added (the sidecar's `add:`). */
  added?: boolean;
};

export interface ReviewDocument {
  id: string;
  file: string;
  title: string;
  text: string;
  /** Where the document's sidecar is, or will be once the first decision is written. */
  sidecar: string;
  events: ReviewEvent[];
}

export interface ReviewPayload {
  documents: ReviewDocument[];
}

/** The fields an editor can set on an event (a `correct:` entry, or an `add:` one with its quote). */
export interface EventFields {
  title?: string;
  type?: EventType;
  date?: EventDate | null;
  place?: EventPlace | null;
  actors?: string[];
  certainty?: Certainty;
}

export type SidecarAction =
  | { type: 'accept'; id: string }
  | { type: 'reject'; id: string; reason?: string }
  | { type: 'reset'; id: string }
  | { type: 'correct'; id: string; fields: EventFields }
  | { type: 'add'; entry: EventFields & { quote: string; title: string; type: EventType } }
  | { type: 'restore'; text: string | null };

export interface SidecarWrite {
  sidecar: string;
  /** The file's text before the write (null: there was none), which is what undo writes back. */
  before: string | null;
  after: string | null;
}
