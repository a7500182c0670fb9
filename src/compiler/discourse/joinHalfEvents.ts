import type { Candidate } from '../events/Candidate.ts';
import { datesOverlap, finerDate } from '../events/dateInterval.ts';
import { distanceKm } from '../events/mergeEvents.ts';
import type { EventPlace } from '../schema.ts';
import { sameFamily } from '../events/eventFamilies.ts';

/** Kinds that can be one happening told twice: a lead's "attacked" and the next sentence's "shelling". */
function kindsFit(a: Candidate, b: Candidate): boolean {
  if (a.type === b.type) return a.type !== 'diplomacy' || a.subType === b.subType;
  return sameFamily(a.type, b.type);
}

function placesFit(a: EventPlace | null, b: EventPlace | null): boolean {
  if (!a || !b) return true;
  if (a.precision === 'country' || b.precision === 'country') return !a.country || !b.country || a.country === b.country;
  return distanceKm(a, b) <= 30;
}

/** What one has that the other lacks: the reason to join them. */
function completes(a: Candidate, b: Candidate): boolean {
  // A place the text names but we could not find is not filled in by another sentence's.
  if ((a.unplaceable && !!b.place) || (b.unplaceable && !!a.place)) return false;
  return (!!a.date && !b.date) || (!!b.date && !a.date) || (!!a.place && !b.place) || (!!b.place && !a.place);
}

function fits(a: Candidate, b: Candidate): boolean {
  return kindsFit(a, b) && completes(a, b) && placesFit(a.place, b.place)
    && (!a.date || !b.date || datesOverlap(a.date, b.date))
    && (a.actors.length === 0 || b.actors.length === 0 || a.actors.some((x) => b.actors.includes(x)));
}

/**
 * One event, not two halves. News often tells a happening over two sentences, one giving its place and the
 * next its day ("An aid ship was attacked off Misurata. … the port came under bombardment on Wednesday."),
 * or names it in one and dates it in the next ("The Battle of X was fought in X. The battle began on …").
 * Candidates of adjacent sentences that fit — a compatible type, dates and places that do not disagree,
 * the same actors or none — and where one has what the other lacks become one event with both sources.
 * Each candidate joins at most one other, so a run of sentences never collapses into one event.
 */
export function joinHalfEvents(candidates: Candidate[]): Candidate[] {
  const joined = new Set<Candidate>();
  const out: Candidate[] = [];
  // Partners are looked for in the next sentence only, not in the whole document (which was quadratic in
  // a long document's candidates, issue 16.2); each sentence's candidates stay in document order.
  const bySentence = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  for (const a of candidates) {
    if (joined.has(a)) continue;
    const partner = bySentence.get(a.sentence + 1)?.find((b) => b !== a && !joined.has(b) && fits(a, b));
    if (partner) {
      joined.add(partner);
      join(a, partner);
    }
    out.push(a);
  }
  return out;
}

function join(into: Candidate, other: Candidate): void {
  into.sources = [...into.sources, ...other.sources];
  into.actors = [...new Set([...into.actors, ...other.actors])];
  // The finer date and the finer place of the two, with where they came from.
  if (other.date && (!into.date || finerDate(into.date, other.date) === other.date && other.date !== into.date)) {
    into.date = other.date;
    into.own = { date: other.own.date, place: into.own.place };
    into.inferred = other.inferred?.date ? { ...into.inferred, date: other.inferred.date } : withoutDate(into.inferred);
  }
  // A place a sentence names beats one inferred from context, however fine ("in western Tigray" is not
  // replaced by the town the story told of before).
  const keepsOwn = into.place && into.own.place && !other.own.place;
  if (other.place && !keepsOwn && (!into.place || RANK[other.place.precision] < RANK[into.place.precision] || (other.own.place && !into.own.place))) {
    into.place = other.place;
    into.own = { date: into.own.date, place: other.own.place };
    into.inferred = other.inferred?.place ? { ...into.inferred, place: other.inferred.place } : withoutPlace(into.inferred);
  }
  // A named action says more than a weak word ("campaign", "attack", "killed").
  if (into.weak && !other.weak) {
    Object.assign(into, { type: other.type, subType: other.subType, label: other.label, weak: false });
  }
  into.earlier = into.earlier && other.earlier;
}

const RANK = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;

function withoutDate(inferred: Candidate['inferred']): Candidate['inferred'] {
  return inferred?.place ? { place: inferred.place } : undefined;
}

function withoutPlace(inferred: Candidate['inferred']): Candidate['inferred'] {
  return inferred?.date ? { date: inferred.date } : undefined;
}
