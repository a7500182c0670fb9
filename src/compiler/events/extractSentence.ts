import type { ActorMention } from '../actors/ActorMention.ts';
import type { DateMention } from '../dates/DateMention.ts';
import type { Sentence } from '../document/splitSentences.ts';
import type { EventDate } from '../schema.ts';
import { absorbTriggers } from './absorbTriggers.ts';
import { attachMentions } from './attachMentions.ts';
import type { Candidate } from './Candidate.ts';
import { chooseDate } from './chooseDate.ts';
import { choosePlaces, type LocatedMention } from './choosePlaces.ts';
import { inRelativeClause, isEarlier, modalLater, passiveWithoutAgent, quotedSpans } from './clauseReadings.ts';
import { eventActors } from './eventActors.ts';
import { findTriggers, type TriggerMention } from './findTriggers.ts';
import { isLocative } from './isLocative.ts';
import { readCertainty } from './readCertainty.ts';
import { splitClauses } from './splitClauses.ts';
import { tokenize } from './tokenize.ts';
import { isViolent } from './eventFamilies.ts';

export interface SentenceMentions {
  dates: DateMention[];
  /** Places named in the sentence. */
  places: LocatedMention[];
  /**
   * Places the sentence points back to ("the city"), resolved by the discourse layer; asked only when the
   * sentence has a trigger (most sentences have none, and resolving costs a scan of the sentence).
   */
  pointedBack?: () => LocatedMention[];
  actors: ActorMention[];
}

export interface SentenceEvents {
  candidates: Candidate[];
  /** Date expressions that belonged to an event but could not be resolved, for diagnostics. */
  unresolved: DateMention[];
  /** Every trigger of the sentence, factual or not: the discourse layer reads definite references in them. */
  triggers: TriggerMention[];
  /** Per trigger, the place the sentence gives it (even a trigger that makes no event: "amid the fighting in X"). */
  placeOf: (LocatedMention | undefined)[];
}

/**
 * Makes a candidate event of each factual trigger. A sentence usually has one time and one location: an
 * event that has one of them borrows the other from the nearest trigger that has it ("Rebels entered Sirte,
 * and shelling hit the port on Monday"). Statements whose content is itself an event ("X announced that his
 * forces had taken Y") yield only that event. A candidate may have neither date nor place: the discourse
 * layer decides whether the context anchors it or it is dropped.
 */
export function extractSentence(sentence: Sentence, index: number, documentId: string, m: SentenceMentions): SentenceEvents {
  const tokens = tokenize(sentence.text);
  const triggers = findTriggers(tokens, sentence.text);
  if (triggers.length === 0) return { candidates: [], unresolved: [], triggers, placeOf: [] };
  const clauses = splitClauses(sentence.text, tokens);
  const clauseOf = (token: number) => clauses.findIndex((c) => token >= c.from && token < c.to);
  const host = absorbTriggers(triggers, tokens);
  // A weak word ("launched", "killed") yields to a strong one beside it — except that a statement does not
  // silence the violence it names: "condemned the attack that killed two peacekeepers" tells of an attack
  // ("announced a new wave of strikes" does not).
  const strong = (t: TriggerMention) => !t.weak && t.factual && !t.background;
  const family = (t: TriggerMention) => (t.subType === 'statement' ? 'statement' : 'act');
  const strongClauses = new Set(triggers.filter(strong).map((t) => `${family(t)}:${clauseOf(t.token)}`));
  const strongAnywhere = new Set<string>(triggers.filter(strong).map(family));
  const yields = (t: TriggerMention, inClause: boolean) => {
    const key = (f: string) => (inClause ? `${f}:${clauseOf(t.token)}` : f);
    const has = (f: string) => (inClause ? strongClauses.has(key(f)) : strongAnywhere.has(f));
    return t.weak && (has('act') || (has('statement') && !(t.nominal && t.definite && isViolent(t.type))));
  };
  // Nor does an intention ("an offensive to recapture Idlib province"): its object belongs to the act.
  const intention = (t: TriggerMention) => !t.factual && !t.nominal && tokens[t.token - 1]?.lower === 'to';
  const receives = triggers.map((t) => !yields(t, true) && !intention(t));
  // A statement takes only what is said of it in its own clause: "warned on Saturday that … in Tripoli"
  // does not put the warning in Tripoli.
  const orphanReceivers = triggers.map((t, i) => receives[i]! && !yields(t, false) && t.subType !== 'statement');
  const attach = <T extends { start: number; end: number }>(list: T[], orphans = orphanReceivers, commaCloses = false) =>
    gather(attachMentions(list, triggers, clauses, tokens, receives, orphans, commaCloses), host);
  const dates = attach(m.dates, orphanReceivers, true);
  const locative = [...m.places, ...(m.pointedBack?.() ?? [])].filter((p) => isLocative(sentence.text, p));
  // "the city" belongs to the clause it is in; a name may serve a neighbouring clause that has none.
  const named = attach(locative.filter((p) => !p.inferred));
  const pointed = attach(locative.filter((p) => p.inferred), triggers.map(() => false));
  const places = named.map((list, i) => [...list, ...pointed[i]!].sort((a, b) => a.start - b.start));

  const unresolved = dates.flat().filter((d) => !d.date && d.unresolved !== 'vague');
  const quoted = quotedSpans(sentence.text);
  const own = triggers.map((t, i) => {
    // A list of places is a list of violent events ("retook Izium and Kupiansk"); a blockade of five
    // terminals is one.
    // A statement is placed where it was made; what it absorbed ("declared the liberation of Benghazi",
    // "announced a ceasefire at a rally in Benghazi") keeps the places named after it.
    const absorbed = triggers.filter((_, j) => host[j] === i).map((u) => u.start);
    const mentioned = t.subType === 'statement'
      ? places[i]!.filter((p) => speaksThere(sentence.text, t.end, p) || absorbed.some((a) => p.start > a)) : places[i]!;
    const chosen = choosePlaces(mentioned, sentence.text, isViolent(t.type), t.start);
    return {
      date: chooseDate(dates[i]!, sentence.text, t.start, t.subType === 'armed-clash'),
      places: chosen,
      future: dates[i]!.some((d) => d.future),
      keep: host[i] === -1 && t.factual && !t.background && !yields(t, true) && !inRelativeClause(sentence.text, tokens, clauses[clauseOf(t.token)]!, t.token)
        && !quoted.some(([a, b]) => t.start > a && t.end < b)
        && !(t.nominal && modalLater(tokens, clauses[clauseOf(t.token)]!, t.token))
        // "He has been accused of…", "the attack was condemned": a statement without its speaker is a
        // standing charge or a reaction, not a statement someone made.
        && !(t.subType === 'statement' && passiveWithoutAgent(tokens, t.token))
        // "174 people had been killed since the offensive began": a toll, not an event.
        && !(t.weak && t.label === 'Killing' && /\bsince\b/i.test(sentence.text))
        // "a lawyer who represented the families of prisoners killed at the prison in 1996": a trigger whose
        // only date is a backdrop's is the backdrop, and may not borrow the sentence's date instead.
        && !(dates[i]!.length > 0 && dates[i]!.every((d) => d.background)),
    };
  });
  // The content of a report is dated and placed only by itself: "heard how forces had shelled…" tells of
  // acts before the hearing, while "announced on Thursday that it had taken the city" dates the taking.
  const reportedAt = (k: number) => {
    const c = clauses[clauseOf(triggers[k]!.token)]!;
    return c.relation === 'reported' && tokens[c.from]?.lower === 'how';
  };
  const nearest = <K extends 'date' | 'places'>(i: number, key: K) => {
    // Nothing is borrowed from what did not happen, nor the date inside a backdrop ("since the 2011
    // overthrow"); a date set beside one ("at the height of the battles, on 22 September,") is the clause's.
    const inside = (j: number) => dates[j]!.some((d) => d.end <= triggers[j]!.start && d.start >= triggers[j]!.start - 30
      && !/\b(?:after|following|since|during|amid|before|despite|against|over|throughout)\b/i.test(sentence.text.slice(d.end, triggers[j]!.start)));
    const order = triggers.map((_, j) => j).filter((j) => j !== i && (key === 'date' ? own[j]!.date : own[j]!.places.length) && (!reportedAt(i) || reportedAt(j))
      && triggers[j]!.factual && !(triggers[j]!.background && inside(j)))
      .sort((a, b) => Math.abs(a - i) - Math.abs(b - i));
    return order.length ? own[order[0]!]![key] : null;
  };
  // A statement borrows only from another statement, or, in a clause that accompanies the main one ("…, as
  // the envoy announced his plan"), from the main clause's time.
  const nearestStatementDate = (i: number) => {
    const j = triggers.findIndex((u, k) => k !== i && u.subType === 'statement' && own[k]!.date);
    if (j >= 0) return own[j]!.date;
    if (clauses[clauseOf(triggers[i]!.token)]!.relation !== 'simultaneous') return null;
    const main = triggers.findIndex((u, k) => k !== i && clauseOf(u.token) === 0 && own[k]!.date && u.factual && !u.background);
    return main >= 0 ? own[main]!.date : null;
  };
  const reportedEvent = triggers.some((t, i) => own[i]!.keep && !own[i]!.future && (own[i]!.date || own[i]!.places.length)
    && t.subType !== 'statement' && clauses[clauseOf(t.token)]!.relation === 'reported');

  const candidates: Candidate[] = [];
  triggers.forEach((t, i) => {
    const o = own[i]!;
    if (!o.keep || o.future) return;
    if (t.subType === 'statement' && reportedEvent) return;
    const clause = clauses[clauseOf(t.token)]!;
    // "…, while the envoy was visiting the city": a simultaneous clause shares the time of the clause it
    // accompanies, and its place only when it points back to it. A statement's place is where it was made,
    // never where what it speaks of happened.
    const borrowPlace = t.subType !== 'statement' && (o.date !== null || o.places.length > 0);
    const places = o.places.length ? o.places : borrowPlace ? (nearest(i, 'places') as LocatedMention[] | null) ?? [] : [];
    // A statement is dated by itself: "deplores the deaths … this week" was said today.
    const date = o.date ?? (t.subType === 'statement' ? nearestStatementDate(i) : (nearest(i, 'date') as EventDate | null));
    const actors = eventActors(m.actors, tokens, clauses, clauseOf, triggers, t);
    const certainty = readCertainty(sentence.text, t.start);
    const earlier = isEarlier(sentence.text, tokens, clause, t.token);
    // One event per place of a coordinated list: "retook Izium and Kupiansk" is two recaptures.
    (places.length ? places : [null]).forEach((p) => {
      // Every field written out, in one order: candidates are read many times downstream, and objects
      // built by spreading another one with more fields added are many times slower to read in V8.
      candidates.push({
        // The id waits for the document's context to complete date and place (compile.ts): it hashes them.
        id: '',
        type: t.type, subType: t.subType, label: t.label, date, place: p ? p.place : null, actors: [...actors], certainty,
        sources: [{ document: documentId, quote: sentence.text, start: sentence.start, end: sentence.end, line: sentence.line }],
        sentence: index, at: t.start, trigger: { text: sentence.text.slice(t.start, t.end), start: sentence.start + t.start, end: sentence.start + t.end }, weak: t.weak === true, own: { date: date !== null, place: p !== null && !p.inferred },
        nominal: t.nominal, definite: t.definite, earlier, present: t.present, perfect: t.perfect, undatable: t.bare, unplaceable: false,
        inferred: p?.inferred ? { place: p.inferred } : undefined,
      });
    });
  });
  return { candidates, unresolved, triggers, placeOf: own.map((o) => o.places[0]) };
}

// After a statement's verb, what places it: "warned in Cairo", "said at a news conference in Geneva",
// "told reporters in Moscow on Monday", "speaking during a visit to Ankara".
const SPEAKING_PLACE = /^\s*,?\s*(?:(?:on|late|early|last)\s+\w+\s+)?(?:(?:to\s+)?(?:reporters|journalists|the press|a crowd|supporters)\s+)?(?:(?:at|in|during|after)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}(?:conference|briefing|speech|address|statement|interview|meeting|session|summit|visit|rally|ceremony|event)\s+)?(?:in|at|from|to)\s+(?:the\s+)?$/i;

/**
 * Whether a statement was made at a place its sentence names: before the verb ("In Geneva, the envoy
 * warned…"), or right after it as where it was said ("said at a news conference in Geneva"). A place inside
 * what is said ("alarmed by killings in El Geneina", "condemned the shelling of Benghazi") is its subject.
 */
function speaksThere(sentence: string, triggerEnd: number, p: LocatedMention): boolean {
  if (p.start < triggerEnd) return true;
  return SPEAKING_PLACE.test(sentence.slice(triggerEnd, p.start));
}

/** Hands the mentions of absorbed triggers to the trigger they belong to. */
function gather<T extends { start: number }>(byTrigger: T[][], host: number[]): T[][] {
  const out = byTrigger.map((list, i) => (host[i] === -1 ? [...list] : []));
  byTrigger.forEach((list, i) => {
    if (host[i]! >= 0) out[host[i]!]!.push(...list);
  });
  return out.map((list) => list.sort((a, b) => a.start - b.start));
}
