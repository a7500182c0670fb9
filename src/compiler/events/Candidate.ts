import type { Certainty, EventDate, EventPlace, EventType, Inference, Source } from '../schema.ts';

/** An event as read from one clause, before the document's context and merging complete it. */
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
  /** Offset of the trigger in its sentence. */
  at: number;
  /** The trigger word as written and its offsets in the document text: the review screen highlights it. */
  trigger: { text: string; start: number; end: number };
  /** What the event's own sentence gave, before any context: the discourse layer fills in the rest. */
  own: { date: boolean; place: boolean };
  /** Read from a weak trigger ("killed", "attack", "campaign"): it says that something happened, not what. */
  weak: boolean;
  /** The event is named by a noun ("the siege") rather than told by a verb ("besieged"). */
  nominal: boolean;
  /** A definite noun ("the battle", "this attack"): it may be the event told just before. */
  definite: boolean;
  /** Told in the past perfect ("had been pushed back"): earlier than the narrative, not at its time. */
  earlier: boolean;
  /** Told in the present perfect ("have accused each other"). */
  perfect: boolean;
  /** Told in the simple present ("condemns"): news of the day of publication. */
  present: boolean;
  /**
   * Nothing but the sentence may date it: a kind of event named without an article ("indiscriminate
   * shelling"), or a sentence that says it is vague about time ("recently").
   */
  undatable: boolean;
  /**
   * The sentence names where it happened with a name the gazetteer lacks ("in the town of Mai Kadra"): no
   * other place may stand in for it, from the context or from a half-event joined to it.
   */
  unplaceable?: boolean;
  /** Where an inferred date or place came from (see schema `Inference`). */
  inferred: { date?: Inference; place?: Inference } | undefined;
}
