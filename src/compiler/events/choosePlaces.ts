import type { PlaceMention } from '../places/PlaceMention.ts';
import type { EventPlace, Inference } from '../schema.ts';

/** A place mention as the event builder sees it: named in the sentence, or pointed back to ("the city"). */
export interface LocatedMention extends PlaceMention {
  /** Set for "the city", "there": the discourse layer resolved it to a place named elsewhere. */
  inferred?: Inference;
}

const rank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;

// "Izium and Kupiansk", "Tripoli, Gharyan and Tarhuna": a list, not one place qualifying another. Each
// item may say what kind of place it is: "the capital Sanaa, the port city of Hodeidah and the northern
// province of Saada".
const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*,?\s+as well as\s+)(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:city|town|village|port|capital|province|region|governorate|state|district|oblast)\s+(?:of\s+)?)?$/;
// "Tripoli, Witya airbase and Tarhuna": a list item the gazetteer does not know in between.
const COORDINATION_PAST_UNKNOWN = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:[\p{Ll}-]+\s+)?(?:,\s*)?(?:and|or)\s+(?:the\s+)?$/u;

/**
 * The places of one event, from the mentions attached to its trigger: the first place named, unless a finer
 * one next to it refines it ("Ganfouda, in Benghazi"); and, when `lists` is set, every further place of a
 * list joined by "and" or commas, each a separate event ("recaptured Balakliia and Shevchenkove"). A list of
 * countries stays one event at the first ("across Syria and Iraq").
 */
export function choosePlaces(all: LocatedMention[], sentence: string, lists: boolean, triggerAt: number): LocatedMention[] {
  // What follows the trigger is its object or adjunct ("pushed back from Tarhuna"); what comes before is
  // often a circumstance ("Despite support from Russia, …"). A country yields to any finer place.
  const after = all.filter((m) => m.start > triggerAt);
  const mentions = [...after, ...all.filter((m) => m.start <= triggerAt)];
  const first = mentions.find((m) => m.place.precision !== 'country') ?? mentions[0];
  if (!first) return [];
  const finer = mentions.find((m) => rank[m.place.precision] < rank[first.place.precision] && near(m.place, first.place));
  const head = finer ?? first;
  if (!lists || head.place.precision === 'country') return [head];
  const out = [head];
  let previous = head;
  for (const m of all) {
    if (m.start <= previous.start) continue;
    const gap = sentence.slice(previous.end, m.start);
    if (!(COORDINATION.test(gap) || COORDINATION_PAST_UNKNOWN.test(gap)) || m.place.precision === 'country' || m.inferred) break;
    if (out.some((o) => o.place.name === m.place.name)) continue;
    out.push(m);
    previous = m;
  }
  return out;
}

function near(a: EventPlace, b: EventPlace): boolean {
  if (b.precision === 'country' || b.precision === 'region') return !a.country || !b.country || a.country === b.country;
  return Math.abs(a.lat - b.lat) < 0.5 && Math.abs(a.lon - b.lon) < 0.5;
}
