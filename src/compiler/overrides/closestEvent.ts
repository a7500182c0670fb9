import type { Event } from '../schema.ts';
import { closestWord } from './closestWord.ts';

/** What an entry that names a missing id still says about the event it meant. */
export interface StaleReference {
  id: string;
  /** Words the entry gives besides the id: a correction's title, a reason, a story caption. */
  text?: string;
  /** Ids the same file names in its other entries: an event named there is not the one this entry lost. */
  named?: ReadonlySet<string>;
}

/**
 * The event a stale or misspelt id most likely meant, for a "did you mean" hint. In order: an id a typo away;
 * the event whose title and quotes share the most words with what the entry says; else, when exactly one of
 * the events is named by no other entry, that one (after an edit changed an event's id, it is the event the
 * file lost track of). Cheap on purpose: it only runs for entries that already failed.
 */
export function closestEvent(ref: StaleReference, events: readonly Event[]): Event | undefined {
  const typo = closestWord(ref.id, events.map((e) => e.id));
  if (typo) return events.find((e) => e.id === typo);
  const words = wordsOf(ref.text ?? '');
  if (words.size > 0) {
    let best: Event | undefined;
    let bestScore = 0;
    for (const e of events) {
      const score = overlap(words, wordsOf(`${e.title} ${e.sources.map((s) => s.quote).join(' ')}`));
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  const unnamed = events.filter((e) => !ref.named?.has(e.id));
  return unnamed.length === 1 ? unnamed[0] : undefined;
}

/** ` did you mean "e1abc" (Meeting in Paris)?`, or nothing. */
export function didYouMeanEvent(ref: StaleReference, events: readonly Event[]): string {
  const near = closestEvent(ref, events);
  return near && near.id !== ref.id ? `; did you mean "${near.id}" (${near.title})?` : '';
}

/** Words of three letters or more, lower-cased: short words ("in", "of") match everything. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []);
}

/** Share of the entry's words found in the event's text. */
function overlap(words: ReadonlySet<string>, in_: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (in_.has(w)) n++;
  return n / words.size;
}
