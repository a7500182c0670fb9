import type { ActorMention } from '../actors/ActorMention.ts';
import type { DateMention } from '../dates/DateMention.ts';
import type { Sentence } from '../document/splitSentences.ts';
import type { PlaceMention } from '../places/PlaceMention.ts';
import type { EventDate, EventPlace } from '../schema.ts';
import { attachMentions } from './attachMentions.ts';
import type { Candidate } from './Candidate.ts';
import { eventId } from './eventId.ts';
import { findTriggers } from './findTriggers.ts';
import { readCertainty } from './readCertainty.ts';
import { splitClauses } from './splitClauses.ts';
import { tokenize } from './tokenize.ts';

export interface SentenceMentions {
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
}

export interface SentenceEvents {
  candidates: Candidate[];
  /** Date expressions that belonged to an event but could not be resolved, for diagnostics. */
  unresolved: DateMention[];
}

/**
 * Makes a candidate event of each factual trigger that received a date or a place. A clause with no date
 * of its own shares the date of the clause it runs on from ("…, as the envoy announced…"), never that of
 * an earlier action ("having met…") or of reported content.
 */
export function extractSentence(sentence: Sentence, index: number, documentId: string, m: SentenceMentions): SentenceEvents {
  const tokens = tokenize(sentence.text);
  const triggers = findTriggers(tokens);
  if (triggers.length === 0) return { candidates: [], unresolved: [] };
  const clauses = splitClauses(sentence.text, tokens);
  const clauseOf = (token: number) => clauses.findIndex((c) => token >= c.from && token < c.to);
  const dates = attachMentions(m.dates, triggers, clauses, tokens);
  const places = attachMentions(m.places.filter((p) => isLocative(sentence.text, p)), triggers, clauses, tokens);
  const strongClauses = new Set(triggers.filter((t) => !t.weak && t.factual).map((t) => clauseOf(t.token)));

  const candidates: Candidate[] = [];
  const unresolved: DateMention[] = [];
  const clauseDate = new Map<number, EventDate>();
  triggers.forEach((t, i) => {
    const own = dates[i]!;
    const clause = clauseOf(t.token);
    unresolved.push(...own.filter((d) => !d.date && d.unresolved !== 'vague'));
    const future = own.some((d) => d.future);
    let date = own.find((d) => d.date)?.date ?? null;
    const relation = clauses[clause]!.relation;
    if (!date && relation === 'simultaneous') date = clauseDate.get(clause - 1) ?? null;
    if (date) clauseDate.set(clause, date);
    const place = choosePlace(places[i]!);
    if (!t.factual || future || (t.weak && strongClauses.has(clause)) || (!date && !place)) return;
    const named = actorsOf(m.actors, tokens, clauses[clause]!);
    const subject = actorsOf(m.actors, tokens, clauses[0]!) ?? [];
    // "Haftar met X in Paris, having met Y in Rome": a participle clause shares the main clause's subject.
    const participle = clause > 0 && /(?:ing|having)$/.test(tokens[clauses[clause]!.from]!.lower);
    const actors = named ? [...new Set([...(participle ? subject.slice(0, 1) : []), ...named])] : subject;
    candidates.push({
      id: eventId(sentence.text, t.start),
      type: t.type,
      subType: t.subType,
      label: t.label,
      date,
      place,
      actors,
      certainty: readCertainty(sentence.text, t.start),
      sources: [{ document: documentId, quote: sentence.text, start: sentence.start, end: sentence.end, line: sentence.line }],
      sentence: index,
    });
  });
  return { candidates, unresolved };
}

/**
 * "Tobruk-based", "Libya's", "the envoy for Libya": a place used to describe someone is not where
 * something happened.
 */
function isLocative(sentence: string, p: PlaceMention & { modifier?: boolean }): boolean {
  if (p.modifier) return false;
  const after = sentence.slice(p.end, p.end + 12);
  if (/^(?:['’]s?\b|-(?:based|born|backed|led|bound|linked|allied|aligned|controlled))/i.test(after)) return false;
  return !/\b(?:for|envoy to|ambassador to)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, p.start - 16), p.start));
}

/** The first place named, unless a finer one follows right next to it ("Ganfouda, in Benghazi"). */
function choosePlace(mentions: PlaceMention[]): EventPlace | null {
  const first = mentions[0]?.place;
  if (!first) return null;
  const rank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;
  const finer = mentions.find((m) => rank[m.place.precision] < rank[first.precision] && near(m.place, first));
  return finer?.place ?? first;
}

function near(a: EventPlace, b: EventPlace): boolean {
  if (b.precision === 'country' || b.precision === 'region') return !a.country || !b.country || a.country === b.country;
  return Math.abs(a.lat - b.lat) < 0.5 && Math.abs(a.lon - b.lon) < 0.5;
}

function actorsOf(actors: ActorMention[], tokens: ReturnType<typeof tokenize>, clause: { from: number; to: number }): string[] | undefined {
  const from = tokens[clause.from]?.start ?? 0;
  const to = tokens[clause.to - 1]?.end ?? Infinity;
  const ids = [...new Set(actors.filter((a) => a.start >= from && a.end <= to).map((a) => a.actorId))];
  return ids.length ? ids : undefined;
}
