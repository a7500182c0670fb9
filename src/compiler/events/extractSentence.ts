import type { ActorMention } from '../actors/ActorMention.ts';
import type { DateMention } from '../dates/DateMention.ts';
import type { Sentence } from '../document/splitSentences.ts';
import type { EventDate, Inference } from '../schema.ts';
import { absorbTriggers } from './absorbTriggers.ts';
import { attachMentions } from './attachMentions.ts';
import type { Candidate } from './Candidate.ts';
import { choosePlaces, type LocatedMention } from './choosePlaces.ts';
import { eventId } from './eventId.ts';
import { findTriggers, type TriggerMention } from './findTriggers.ts';
import { isLocative } from './isLocative.ts';
import { readCertainty } from './readCertainty.ts';
import { splitClauses, type Clause } from './splitClauses.ts';
import { tokenize, type Token } from './tokenize.ts';
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
  const attach = <T extends { start: number; end: number }>(list: T[], orphans = orphanReceivers) =>
    gather(attachMentions(list, triggers, clauses, tokens, receives, orphans), host);
  const dates = attach(m.dates);
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
    const chosen = choosePlaces(places[i]!, sentence.text, isViolent(t.type), t.start);
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
        && !(t.weak && t.label === 'Killing' && /\bsince\b/i.test(sentence.text)),
    };
  });
  // The content of a report ("heard how forces had shelled…") is dated and placed only by itself.
  // "heard how forces had shelled…" tells of acts before the hearing; "announced on Thursday that it had
  // taken the city" dates the taking by the announcement.
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
    // The speaker of "X condemned the attack" did not attack: an act reported by a statement takes only the
    // actors named in its own words.
    const spoken = t.subType !== 'statement' && triggers.some((u) => u.subType === 'statement' && JUDGING.test(u.text) && clauseOf(u.token) === 0 && u.token < t.token);
    const actors = spoken ? actorsIn(m.actors, tokens, clauses[clauseOf(t.token)]!, triggers, t) : actorsFor(m.actors, tokens, clauses, clauseOf(t.token));
    const certainty = readCertainty(sentence.text, t.start);
    const earlier = isPastPerfect(tokens, clause, t.token) && !reporting.test(sentence.text);
    // One event per place of a coordinated list: "retook Izium and Kupiansk" is two recaptures.
    (places.length ? places : [null]).forEach((p, k) => {
      // Every field written out, in one order: candidates are read many times downstream, and objects
      // built by spreading another one with more fields added are many times slower to read in V8.
      candidates.push({
        id: k === 0 ? eventId(sentence.text, t.start) : eventId(`${sentence.text}\u0000${k}`, t.start),
        type: t.type, subType: t.subType, label: t.label, date, place: p ? p.place : null, actors: [...actors], certainty,
        sources: [{ document: documentId, quote: sentence.text, start: sentence.start, end: sentence.end, line: sentence.line }],
        sentence: index, at: t.start, weak: t.weak === true, own: { date: date !== null, place: p !== null && !p.inferred },
        nominal: t.nominal, definite: t.definite, earlier, present: t.present, perfect: t.perfect, undatable: t.bare,
        inferred: p?.inferred ? { place: p.inferred } : undefined,
      });
    });
  });
  return { candidates, unresolved, triggers, placeOf: own.map((o) => o.places[0]) };
}

/**
 * Words in quotation marks inside a sentence are a name or a phrase held at a distance ("the 'mother of
 * battles'"), not the outlet's report. A sentence that is all quotation is handled by the discourse layer.
 */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<![\p{L}])["“‘']([^"”’]{1,80})["”’](?![\p{L}])/gu)) {
    // A single word in quotation marks is held at a distance but still told: his forces had "liberated" X.
    if (m.index === 0 || !/\s/.test(m[1]!.trim())) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
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
function chooseDate(mentions: DateMention[], sentence: string, triggerStart: number, sustained: boolean): EventDate | null {
  // "a three-year siege … on Wednesday": the duration that qualifies the trigger is the event's span.
  const qualifying = mentions.find((d) => d.kind === 'duration' && d.date && d.start <= triggerStart && d.end >= triggerStart - 3);
  if (qualifying) return qualifying.date;
  // Elsewhere in the sentence a duration measures fighting ("the battle lasted six months"), not a deal
  // that is "the first in four years of war".
  // Nor does a date that belongs to another event ("seven years after the conflict") or to a backdrop
  // ("Gaddafi, who was killed in 2011") date this one.
  const usable = mentions.filter((d) => d.date && !d.future && !d.complement && !d.background && (sustained || d.kind !== 'duration'));
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
 * The actors of an event: those named in its clause; a participle clause ("Haftar met X in Paris, having
 * met Y in Rome") also shares the main clause's subject. A clause naming nobody takes the main clause's.
 */
function actorsFor(actors: ActorMention[], tokens: Token[], clauses: Clause[], clause: number): string[] {
  const named = actorsOf(actors, tokens, clauses[clause]!);
  const subject = actorsOf(actors, tokens, clauses[0]!) ?? [];
  const participle = clause > 0 && /(?:ing|having)$/.test(tokens[clauses[clause]!.from]!.lower);
  return named ? [...new Set([...(participle ? subject.slice(0, 1) : []), ...named])] : subject;
}

/** Statements that judge or demand what others did ("X announced that his forces took Y" keeps X). */
const JUDGING = /^(?:condemn|denounc|deplor|criticis|criticiz|blam|accus|decr|mourn|call|urg|demand|express|voic)/;

/** Actors named after the statement's verb, in the act's clause: "condemned the LNA's shelling of X". */
function actorsIn(actors: ActorMention[], tokens: Token[], clause: Clause, triggers: TriggerMention[], t: TriggerMention): string[] {
  const speech = triggers.filter((u) => u.subType === 'statement' && u.token < t.token).at(-1);
  const from = Math.max(tokens[clause.from]?.start ?? 0, speech ? speech.end : 0);
  const to = tokens[clause.to - 1]?.end ?? Infinity;
  return [...new Set(actors.filter((a) => a.start >= from && a.end <= to).map((a) => a.actorId))];
}

function actorsOf(actors: ActorMention[], tokens: Token[], clause: { from: number; to: number }): string[] | undefined {
  const from = tokens[clause.from]?.start ?? 0;
  const to = tokens[clause.to - 1]?.end ?? Infinity;
  const ids = [...new Set(actors.filter((a) => a.start >= from && a.end <= to).map((a) => a.actorId))];
  return ids.length ? ids : undefined;
}

function passiveWithoutAgent(tokens: Token[], at: number): boolean {
  const aux = tokens[at - 1]?.lower === 'widely' || tokens[at - 1]?.lower === 'also' ? tokens[at - 2] : tokens[at - 1];
  if (!aux || !/^(?:is|are|was|were|been|being|be)$/.test(aux.lower)) return false;
  return !tokens.slice(at + 1, at + 8).some((t) => t.lower === 'by');
}

/** "the withdrawal of forces would begin within days", "a battle for the port could cut off supplies". */
function modalLater(tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = at + 1; j < Math.min(clause.to, at + 10); j++) {
    const w = tokens[j]!.lower;
    if (/^(?:would|will|could|should|might|must|can)$/.test(w)) return true;
    if (/^(?:but|while|as|when|which|who|that|after|before)$/.test(w)) return false;
  }
  return false;
}

/** In reported speech the past perfect is only the tense shifted back: "Benghazi had fallen, he announced". */
const reporting = /\b(?:said|says|say|announced|announces|told|reported|reports|added|claimed|claims|confirmed|declared|stated|according to)\b/i;

/** "had been pushed back", "had seized": the past perfect tells what came before the narrative's time. */
function isPastPerfect(tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = Math.max(clause.from, at - 4); j < at; j++) if (tokens[j]!.lower === 'had' || tokens[j]!.lower === "'d") return true;
  return false;
}

/**
 * "Gadhafi, who was ousted and killed in 2011": what a relative clause says about a person is background to
 * the story, not news of it.
 */
function inRelativeClause(text: string, tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = at - 1; j >= Math.max(clause.from, at - 8); j--) {
    const w = tokens[j]!.lower;
    // Only a clause set off by a comma adds background; "fighters who stormed the prison" says who acted.
    // "…, who", or "Moammar Gadhafi who…": a clause about a named person.
    if (w === 'who' || w === 'whom') return j > 0 && (/,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) || tokens[j - 1]!.cap);
    if (w === 'when' || w === 'as' || w === 'after' || w === 'and') return false;
  }
  return false;
}

export type { Inference };
