import type { EventDate } from '../schema.ts';
import type { DateMention } from './DateMention.ts';
import type { CalendarPoint } from './isoDate.ts';

/** What the reader knows so far about one document. */
export interface ReaderState {
  published: CalendarPoint | null;
  /** The most recent year written out in the text ("in 2018", "13 November 2018"). */
  contextYear: number | null;
  /** The date the text spoke of last, for "the day previous" and "later that month". */
  anchor: CalendarPoint | null;
  /** How many sentences ago the anchor was set (0: in this one), for "just given" dates. */
  anchorAge: number;
}

/** One mention resolved, plus what it teaches the reader about the rest of the document. */
export interface Resolution {
  date: EventDate | null;
  kind: NonNullable<DateMention['kind']>;
  anchoredOn?: DateMention['anchoredOn'];
  unresolved?: string;
  /** The point later relatives count from. */
  anchor?: CalendarPoint;
  /** The expression itself points forward ("next week", "tomorrow"), whatever the clause says. */
  future?: boolean;
  /** A year the text wrote out. */
  year?: number;
  /** A date too vague to carry its year to later bare months ("the mid-2010s"). */
  noContext?: boolean;
}

export const unresolved = (reason: string, kind: Resolution['kind'] = 'relative'): Resolution => ({
  date: null,
  kind,
  unresolved: reason,
});
