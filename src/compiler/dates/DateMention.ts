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
  /**
   * What a relative date or a duration counts from: publication ("on Tuesday", "last week", "this month",
   * "overnight" in a dated story), the narrative anchor, the date the text spoke of last ("the next day",
   * "on the 9th", "later that day", "over the past two weeks" said of a statement just dated), or a date of
   * the same sentence ("the two-year siege ended in July 2017").
   */
  anchoredOn?: 'publication' | 'narrative' | 'sentence';
  /**
   * The date sits in a background clause ("X, who was ousted and killed in 2011", "since the 2011 uprising",
   * "after the 2014 election"): it dates that background, not the sentence's news, and does not move the
   * story's time (the year in context and the anchor stay as they were).
   */
  background?: true;
  /**
   * The date is that of the event named after "after"/"before" ("…on Saturday, a day after the UN called for
   * a truce", "seven years after the conflict"), not of the sentence's main event.
   */
  complement?: true;
}

/**
 * Reads the dates of one document, sentence by sentence, in order. It is stateful on purpose: news anchors
 * "the day previous" on the date mentioned before it and "on 13 November" on the year in context.
 */
export interface DateReader {
  read(sentence: string, options?: ReadOptions): DateMention[];
}

/** What the caller knows about the sentence beyond its words. */
export interface ReadOptions {
  /**
   * The sentence is background as a whole (a standfirst read for context, an aside the event layer has
   * recognised): its dates are read and returned flagged `background`, but do not move the story's time.
   */
  background?: boolean;
}
