/**
 * What the dev server's review endpoint sends and takes (src/node: GET /__atlas/review, POST
 * /__atlas/sidecar). Types only, so the review screen bundles no compiler code.
 */
import type { Certainty, EventDate, EventPlace, EventType } from '../compiler/schema.ts';

// The payload's shape is the compiler's (type-only import: no compiler code in the screen's bundle).
export type { PlaceHit, ReviewDocument, ReviewEvent, ReviewPayload, ReviewStatus } from '../compiler/review/reviewTypes.ts';

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
