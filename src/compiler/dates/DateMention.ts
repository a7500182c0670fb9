import type { EventDate } from '../schema.ts';

/**
 * A date expression found in one sentence. `start`/`end` are character offsets into that sentence.
 * `date` is null when the expression is real but cannot be anchored (a relative date in a document with no
 * publication date) or is too vague to place ("recently"); `unresolved` then says why, for a diagnostic.
 */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  date: EventDate | null;
  /** The clause speaks of the future ("will meet on Friday"). */
  future?: boolean;
  unresolved?: string;
  /**
   * How the date was read: written out ("3 May 2014", "in 2011", "late March"), counted from another date
   * ("the day previous", "on Thursday", "last week"), a span back from its anchor ("the two-year siege"),
   * or a vague word ("recently"). Lets the event stage prefer a written-out date over a span.
   */
  kind?: 'explicit' | 'relative' | 'duration' | 'vague';
}

/**
 * Reads the dates of one document, sentence by sentence, in order. It is stateful on purpose: news anchors
 * "the day previous" on the date mentioned before it and "on 13 November" on the year in context.
 */
export interface DateReader {
  read(sentence: string): DateMention[];
}
