import type { Certainty, EventDate, EventPlace, EventType, Source } from '../schema.ts';

/** An event as read from one clause, before merging. */
export interface Candidate {
  id: string;
  type: EventType;
  subType: string;
  label: string;
  date: EventDate | null;
  place: EventPlace | null;
  actors: string[];
  certainty: Certainty;
  sources: Source[];
  /** Position of the sentence in its document, to merge within a sentence first. */
  sentence: number;
}
