import type { ActorMention } from '../actors/ActorMention.ts';
import type { DateMention } from '../dates/DateMention.ts';
import type { Sentence } from '../document/splitSentences.ts';
import type { PlaceMention } from '../places/PlaceMention.ts';
import type { EventDate, EventPlace } from '../schema.ts';
import { absorbTriggers } from './absorbTriggers.ts';
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
 * Makes a candidate event of each factual trigger that has a date or a place of its own. A sentence
 * usually has one time and one location: an event that has one of them borrows the other from the nearest
 * trigger that has it ("Rebels entered Sirte, and shelling hit the port on Monday"). Statements whose
 * content is itself an event ("X announced that his forces had taken Y") yield only that event.
 */
export function extractSentence(sentence: Sentence, index: number, documentId: string, m: SentenceMentions): SentenceEvents {
  const tokens = tokenize(sentence.text);
  const triggers = findTriggers(tokens, sentence.text);
  if (triggers.length === 0) return { candidates: [], unresolved: [] };
  const clauses = splitClauses(sentence.text, tokens);
  const clauseOf = (token: number) => clauses.findIndex((c) => token >= c.from && token < c.to);
  const host = absorbTriggers(triggers, tokens);
  const strongClauses = new Set(triggers.filter((t) => !t.weak && t.factual && !t.background).map((t) => clauseOf(t.token)));
  const strongAnywhere = strongClauses.size > 0;
  // A weak word ("launched", "killed") does not take the date and place from a strong one beside it.
  const receives = triggers.map((t) => !t.weak || !strongClauses.has(clauseOf(t.token)));
  const orphanReceivers = triggers.map((t, i) => receives[i]! && (!t.weak || !strongAnywhere));
  const attach = <T extends { start: number; end: number }>(list: T[]) =>
    gather(attachMentions(list, triggers, clauses, tokens, receives, orphanReceivers), host);
  const dates = attach(m.dates);
  const places = attach(m.places.filter((p) => isLocative(sentence.text, p)));

  const unresolved = dates.flat().filter((d) => !d.date && d.unresolved !== 'vague');
  const own = triggers.map((t, i) => ({
    date: chooseDate(dates[i]!, sentence.text, t.start),
    place: choosePlace(places[i]!),
    future: dates[i]!.some((d) => d.future),
    keep: host[i] === -1 && t.factual && !t.background && !(t.weak && strongClauses.has(clauseOf(t.token))),
  }));
  const nearest = <K extends 'date' | 'place'>(i: number, key: K) => {
    const order = triggers.map((_, j) => j).filter((j) => j !== i && own[j]![key]).sort((a, b) => Math.abs(a - i) - Math.abs(b - i));
    return order.length ? own[order[0]!]![key] : null;
  };
  const reportedEvent = triggers.some((t, i) => own[i]!.keep && !own[i]!.future && (own[i]!.date || own[i]!.place) && clauses[clauseOf(t.token)]!.relation === 'reported');

  const candidates: Candidate[] = [];
  triggers.forEach((t, i) => {
    const o = own[i]!;
    // "…, while the envoy was visiting the city": a simultaneous clause without anchors of its own shares
    // the time and place of the clause it accompanies.
    // It shares the place only when it points back to it ("the city"): a place the text does not give
    // stays unknown.
    const clause0 = clauses[clauseOf(t.token)]!;
    const accompanies = clause0.relation === 'simultaneous' && triggers.some((_, j) => j !== i && own[j]!.keep && own[j]!.date);
    const pointsBack = /\bthe (?:city|town|capital|village|port|area|region|country)\b/i.test(
      sentence.text.slice(tokens[clause0.from]!.start, tokens[clause0.to - 1]!.end),
    );
    if (!o.keep || o.future || (!o.date && !o.place && !accompanies)) return;
    const borrowPlace = o.date || o.place || pointsBack;
    if (t.subType === 'statement' && reportedEvent) return;
    const clause = clauseOf(t.token);
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
      date: o.date ?? nearest(i, 'date'),
      place: o.place ?? (borrowPlace ? nearest(i, 'place') : null),
      actors,
      certainty: readCertainty(sentence.text, t.start),
      sources: [{ document: documentId, quote: sentence.text, start: sentence.start, end: sentence.end, line: sentence.line }],
      sentence: index,
    });
  });
  return { candidates, unresolved };
}

/** Hands the mentions of absorbed triggers to the trigger they belong to. */
function gather<T extends { start: number }>(byTrigger: T[][], host: number[]): T[][] {
  const out = byTrigger.map((list, i) => (host[i] === -1 ? [...list] : []));
  byTrigger.forEach((list, i) => {
    if (host[i]! >= 0) out[host[i]!]!.push(...list);
  });
  return out.map((list) => list.sort((a, b) => a.start - b.start));
}

const rank = { day: 0, month: 1, year: 2 } as const;

/**
 * The date given for the event. When the sentence says it began on one date and ended on another, the
 * event is the range between them.
 */
function chooseDate(mentions: DateMention[], sentence: string, triggerStart: number): EventDate | null {
  // "a three-year siege … on Wednesday": the duration that qualifies the trigger is the event's span.
  const qualifying = mentions.find((d) => d.kind === 'duration' && d.date && d.start <= triggerStart && d.end >= triggerStart - 3);
  if (qualifying) return qualifying.date;
  const usable = mentions.filter((d) => d.date && !d.future);
  const dated = usable.map((d) => d.date!);
  // The date nearest the trigger ("In March 2017 they seized the port, only to lose it on 14 March");
  // between two about as near, the finer ("in 2011 … on 19 March 2011").
  const distance = (d: DateMention) => (d.end <= triggerStart ? triggerStart - d.end : Math.max(0, d.start - triggerStart));
  let best: EventDate | null = null;
  let bestScore = Infinity;
  for (const d of usable) {
    const score = distance(d) + 15 * rank[d.date!.precision];
    if (score < bestScore) [best, bestScore] = [d.date!, score];
  }
  const singles = dated.filter((d) => !d.end);
  if (singles.length >= 2 && /\b(?:began|started|lasted|ran)\b/i.test(sentence) && /\b(?:ended|until|till|through)\b/i.test(sentence)) {
    const first = singles[0]!;
    const last = singles[singles.length - 1]!;
    if (first.start < last.start && first.precision === last.precision) return { start: first.start, end: last.start, precision: first.precision };
  }
  return best;
}

/**
 * Whether a place mention says where something happened. Not: a place describing someone ("Tobruk-based",
 * "Libya's", "the envoy for Libya", "a company based in Benghazi"), an agent ("proposed by Turkey"), or a
 * country that is not after a locative preposition ("Russia and Turkey brokered a deal" names actors).
 */
function isLocative(sentence: string, p: PlaceMention & { modifier?: boolean }): boolean {
  if (p.modifier) return false;
  const after = sentence.slice(p.end, p.end + 16);
  if (/^(?:-(?:based|born|backed|led|bound|linked|allied|aligned|controlled|run|held))/i.test(after)) return false;
  // "Libya's oil company" describes; "Tripoli's Abu Salim district", "Tripoli's airport" locate.
  if (!p.text.includes(',') && /^['’]s?\b/.test(after) && !possessiveLocates(sentence.slice(p.end, p.end + 60))) return false;
  const before = sentence.slice(Math.max(0, p.start - 24), p.start);
  if (/\b(?:by|based in|headquartered in)\s+(?:the\s+)?$/i.test(before)) return false;
  // The envoy's whereabouts are not the event's: "the envoy for Libya", "ambassador to Italy".
  if (/\b(?:envoy|representative|ambassador|coordinator|rapporteur)\s+(?:for|to)\s+(?:the\s+)?$/i.test(before)) return false;
  // Nor the source's: "according to hospital officials in Misrata", "officials in Misrata said".
  const source = /\b(?:officials?|sources?|witnesses|doctors|medics|activists|journalists?|correspondents?|reporters?|spokes(?:man|woman|person))\s+(?:in|from)\s+(?:the\s+)?$/i;
  const wide = sentence.slice(Math.max(0, p.start - 60), p.start);
  if (source.test(before) && (/according to\s+(?:[\w-]+\s+){0,4}$/i.test(wide.replace(source, '')) || /^\s*,?\s*(?:said|say|says|told|reported)\b/i.test(after))) {
    return false;
  }
  if (p.place.precision === 'country') {
    return /\b(?:in|into|to|across|throughout|inside|within|over|from|at|near|around|on|against|of|towards?)\s+(?:the\s+|eastern\s+|western\s+|northern\s+|southern\s+|central\s+)?$/i.test(before);
  }
  return true;
}

/** After "X's": a place inside X ("Martyrs' Square", "the Abu Salim district", "international airport"). */
function possessiveLocates(after: string): boolean {
  const rest = after.replace(/^['’]s?\s+/, '');
  if (/^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:square|district|neighbou?rhood|quarter|suburb|street|road|port|harbou?r|airport|camp|prison|hospital|university|area)\b/iu.test(rest)) return true;
  return /^(?:(?:old|new|main|international|central|eastern|western|northern|southern|second|third|largest|biggest)\s+){0,2}(?:city|centre|center|district|neighbou?rhoods?|suburbs?|outskirts|airport|port|harbou?r|oil (?:fields?|terminals?|ports?)|coast|border|streets|quarters?|old city|university|hospital|prison)\b/i.test(rest);
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
