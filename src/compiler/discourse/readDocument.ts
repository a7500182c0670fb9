import type { ActorFinder } from '../actors/ActorMention.ts';
import { createDateReader } from '../dates/createDateReader.ts';
import { MODERN_YEAR, OUT_OF_RANGE, yearsOf } from '../dates/plausibleYear.ts';
import type { ParsedDocument } from '../document/parseDocument.ts';
import { splitSentences, type Sentence } from '../document/splitSentences.ts';
import type { Candidate } from '../events/Candidate.ts';
import type { LocatedMention } from '../events/choosePlaces.ts';
import { extractSentence } from '../events/extractSentence.ts';
import { isLocative } from '../events/isLocative.ts';
import { isDisclaimer } from '../events/readCertainty.ts';
import type { PlaceContext, PlaceFinder, PlaceMention } from '../places/PlaceMention.ts';
import type { Diagnostic, EventPlace, Inference, Source } from '../schema.ts';
import { anchorOnPublication } from './anchorOnPublication.ts';
import { createEventMemory } from './eventMemory.ts';
import { findPlaceAnaphora } from './findPlaceAnaphora.ts';
import { commentaryStart } from './isCommentary.ts';
import { joinHalfEvents } from './joinHalfEvents.ts';
import { createNarrative } from './narrativeTime.ts';
import { createPlaceMemory, type CountryFacts, type PlaceMemory } from './placeMemory.ts';
import { createQuoteTracker } from './quoteTracker.ts';
import { overBudget, READING_BUDGET } from './readingBudget.ts';
import { NEWS_AGENCY } from '../document/newsAgencies.ts';
import { isTerritorial, isViolent, sameFamily } from '../events/eventFamilies.ts';

export interface Readers {
  places: PlaceFinder;
  actors: ActorFinder;
  facts: CountryFacts;
}

// "This follows a multi-pronged attack…", "It came a day after…": the sentence is about the one before.
const POINTS_BACK = /^(?:This|That|It)\s+(?:follows|followed|comes|came|was|is|marks|marked)\b/;

// A live blog's update opens with its clock time ("10:45 GMT –", "14.20: …"): news of the page's own day.
const LIVE_STAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|local(?: time)?)\)?\s*)?[-–—:|]/i;

// "Since then", "later", "eventually": the sentence leaves the story's time without saying for when.
const TIME_SHIFT = /\b(?:since then|later|subsequently|afterwards|afterward|eventually|by then|previously|in the past|at the time|once|over the years|in the years since)\b/i;

/**
 * Reads one document as a whole, not as isolated sentences. A frame that every sentence reads and updates
 * carries what the text established: the places named so far ("the city" is the last city named), the
 * happenings told so far and where ("the battle", "this"), the story's time within a paragraph, the
 * dateline. The headline and the standfirst feed the frame but make no events. Every date or place an event
 * takes from the frame says where it came from (`Candidate.inferred`). Then halves of one happening in
 * adjacent sentences are joined, undated news of the day takes the publication date, and what is still
 * anchored to neither a date nor a place is dropped.
 */
export function readDocument(doc: ParsedDocument, readers: Readers, diagnostics: Diagnostic[]): Candidate[] {
  const { places, actors } = readers;
  const dates = createDateReader(doc.published);
  const context = places.scanDocument(doc.text, doc.place ? { place: doc.place } : undefined);
  const mainCountry = context.countries[0];
  const memory = createPlaceMemory(mainCountry, readers.facts);
  const happenings = createEventMemory();
  const narrative = createNarrative(doc.published);
  const dateline = datelinePlace(doc, places, context, mainCountry);
  if (dateline) memory.remember({ place: dateline, sentence: -1 });
  const issuedAt = releasePlace(doc, places, context);
  actors.beginDocument();

  const out: Candidate[] = [];
  let index = 0;
  let previous: Candidate[] = [];
  let seenBody = false;
  let stopped = false;
  // A live blog may head each update with its time ("08:40 GMT – Prisoners freed"): the paragraphs under
  // such a heading are that update's, until a heading without a time.
  let underStamp = false;
  doc.paragraphs.forEach((paragraph, p) => {
    if (stopped) return;
    const text = doc.text.slice(paragraph.start, paragraph.end);
    if (paragraph.kind !== 'body') underStamp = LIVE_STAMP.test(text) || (underStamp && paragraph.kind !== 'heading');
    if (paragraph.kind === 'headline' || paragraph.kind === 'standfirst') {
      for (const sentence of splitSentences(text, paragraph.start, paragraph.line, doc.text)) {
        rememberPlaces(memory, places.find(sentence.text, context), sourceOf(doc.id, sentence), -1);
      }
      return;
    }
    if (paragraph.kind !== 'body') return;
    const lead = !seenBody;
    seenBody = true;
    const liveUpdate = !!doc.published && (LIVE_STAMP.test(text) || underStamp);
    const quotes = createQuoteTracker();
    for (const sentence of splitSentences(text, paragraph.start, paragraph.line, doc.text)) {
      if (sentence.end > READING_BUDGET) {
        diagnostics.push(overBudget(doc.file, sentence.line, doc.text.length));
        stopped = true;
        break;
      }
      const source = sourceOf(doc.id, sentence);
      const named = places.find(sentence.text, context);
      const mentions = {
        dates: dates.read(sentence.text),
        places: named,
        pointedBack: () => pointedBack(sentence.text, named, memory, index, places),
        actors: actors.find(sentence.text),
      };
      const { candidates: read, unresolved, triggers, placeOf } = extractSentence(sentence, index, doc.id, mentions);
      for (const d of unresolved) {
        diagnostics.push({ severity: 'warning', file: doc.file, line: sentence.line, message: `cannot resolve the date "${d.text}": ${d.unresolved ?? 'no anchor'}` });
      }
      // "We could not verify the footage." disclaims the claims just before it.
      if (read.length === 0 && isDisclaimer(sentence.text)) for (const c of previous) c.certainty = 'unverified';

      // Someone quoted speaks of their own time and place: only what the quotation itself dates or places
      // is an event, and nothing is inferred for it.
      const quoted = quotes.read(sentence.text);
      const judged = read.length ? commentaryStart(sentence.text) : -1;
      // "Recently", "in recent weeks": the text says it will not date it; nothing else may.
      // A year the dataset cannot hold ("8325327 days ago") is a date the text gave: no other may stand in.
      if (mentions.dates.some((d) => d.kind === 'vague' || d.unresolved === 'vague' || d.unresolved?.startsWith(OUT_OF_RANGE))) for (const c of read) c.undatable = true;
      let candidates = read.filter((c) => (!quoted || (c.own.date && c.own.place))
        // Commentary judges what is named before it ("The shelling of X is a tragic reminder…") but what it
        // generalises about ("A political agreement is the best hope…") did not happen.
        && (judged < 0 || c.own.date || (c.at < judged && (c.definite || c.own.place)))

        // "Thousands are killed": a toll with nothing to anchor it is not an incident.
        && !(c.type === 'battles' && c.label === 'Killing' && !c.own.date && !c.own.place));

      // "in the town of Mai Kadra": the text says where, with a name we could not find; no other place may
      // stand in for it.
      if (namesUnknownPlace(sentence.text, named)) for (const c of candidates) if (!c.place) c.unplaceable = true;
      // "the battle", "this attack": a happening told before. Without a date or place of its own it is that
      // happening again, not a new one; what happens beside it took place where it did.
      const antecedents = triggers.flatMap((t) => (t.definite ? [happenings.recall(t, index, p)] : [])).filter((a) => a !== undefined);
      const before = POINTS_BACK.test(sentence.text) ? happenings.last(index) : undefined;
      // Only violence told before places the violence of this sentence ("the talks" place no fighting).
      const referent = antecedents.find((a) => a.place && isViolent(a.type)) ?? (before?.place && isViolent(before.type) ? before : undefined);
      candidates = candidates.filter((c) => !(c.definite && c.nominal && !c.own.date && !c.own.place && antecedents.some((a) => sameFamily(a.type, c.type))));
      if (!quoted && referent?.place) {
        for (const c of candidates) if (!c.place && !c.unplaceable && isViolent(c.type)) infer(c, 'place', referent.place, { from: 'context', source: referent.source });
      }
      // A change of control told without its place ("ISIS was driven out in 2015") is of the place whose
      // control the story was just telling.
      const held = happenings.lastTerritory(index);
      if (!quoted && held?.place) {
        for (const c of candidates) if (!c.place && !c.unplaceable && !c.nominal && isTerritorial(c.subType)) infer(c, 'place', held.place, { from: 'context', source: held.source });
      }
      // A wire story's lead happens where it was filed, when that is in the story's country.
      if (lead && dateline && !quoted) for (const c of candidates) if (!c.place && !c.unplaceable && c.subType !== 'statement') infer(c, 'place', dateline, { from: 'dateline' });
      // A release speaks where it was issued: its own statements, in its present voice or under a
      // release-style dateline ("GENEVA (14 June 2023) –"), were made at the dateline, whatever country
      // the story is about. A wire story's dateline is the reporter's, not the speaker's: a leader quoted
      // in a story filed from the capital spoke wherever he was.
      if (issuedAt && !quoted) {
        for (const c of candidates) if (!c.place && c.subType === 'statement' && (c.present || issuedAt.release)) infer(c, 'place', issuedAt.place, { from: 'dateline' });
      }
      // A live blog's timed update is news of its page's day.
      if (liveUpdate && !quoted) for (const c of candidates) if (!c.date && !c.earlier) infer(c, 'date', { start: doc.published!, precision: 'day' }, { from: 'publication' });
      // The story's time, for what the sentence does not date.
      const told = quoted || TIME_SHIFT.test(sentence.text) ? undefined : narrative.dateFor(p);
      // A statement in the simple present ("urges", "is alarmed") speaks now, on publication, not at the
      // time of the events told before it.
      if (told) for (const c of candidates) if (!c.date && !c.earlier && !c.undatable && !(c.subType === 'statement' && c.present)) infer(c, 'date', told.date, { from: 'context', source: told.source });
      // A statement the text does not date is attribution or background, not news ("both sides have
      // accused each other"), unless told in the paragraph's time or in the simple present (news of the day).
      // The lead of a dated story is its news: a statement there is kept and takes the publication date.
      candidates = candidates.filter((c) => c.subType !== 'statement' || c.own.date || c.present || (told?.local && !c.perfect) || (lead && !!doc.published && !c.perfect));
      const dated = candidates.find((c) => c.own.date && c.date && !c.earlier);
      if (dated?.date) narrative.tell(dated.date, p, source);

      rememberPlaces(memory, named, source, index);
      triggers.forEach((t, i) => {
        const place = placeOf[i]?.place ?? candidates.find((c) => c.at === t.start)?.place ?? null;
        happenings.tell({ type: t.type, subType: t.subType, place, source, sentence: index, paragraph: p });
      });
      // History is kept, but an event dated before 1900 is more often a misread number: the editor checks.
      const early = candidates.find((c) => c.date && Math.min(...yearsOf(c.date)) < MODERN_YEAR);
      if (early?.date) {
        diagnostics.push({ severity: 'warning', file: doc.file, line: sentence.line, message: `event dated ${early.date.start}, before ${MODERN_YEAR}: check the date in "${sentence.text.slice(0, 80)}"` });
      }
      previous = candidates;
      out.push(...candidates);
      index++;
    }
  });
  return anchorOnPublication(joinHalfEvents(out), doc.published).filter(isAnchored);
}

// "in the town of Mai Kadra", "the village of Gumsa": a kind of settlement and its name.
const NAMED_SETTLEMENT = /\b(?:town|village|city|hamlet|settlement|locality)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;

/** Whether the sentence names a settlement the place finder did not find. */
function namesUnknownPlace(text: string, named: PlaceMention[]): boolean {
  for (const m of text.matchAll(NAMED_SETTLEMENT)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!named.some((p) => p.start < end && start < p.end)) return true;
  }
  return false;
}

/** An event is mapped or placed on the timeline by something the document says, not by defaults alone. */
function isAnchored(c: Candidate): boolean {
  if (c.place) return true;
  if (!c.date) return false;
  return c.inferred?.date?.from !== 'publication' || c.present || c.subType === 'statement';
}

function infer(c: Candidate, key: 'date' | 'place', value: NonNullable<Candidate['date']> | EventPlace, how: Inference): void {
  if (key === 'date') c.date = value as NonNullable<Candidate['date']>;
  else c.place = value as EventPlace;
  c.inferred = { ...c.inferred, [key]: how };
}

/**
 * What "the city" may point back to. Names used as modifiers ("the Baghdad government") are remembered only
 * for the rest of their own sentence ("Tawarga residents were forced to flee their city").
 */
function rememberPlaces(memory: PlaceMemory, named: PlaceMention[], source: Source, index: number): void {
  for (const m of named) {
    if (m.reference || m.modifier) continue;
    memory.remember({ place: m.place, ...(m.kind ? { kind: m.kind } : {}), source, sentence: index });
  }
}

function sourceOf(document: string, sentence: Sentence): Source {
  return { document, quote: sentence.text, start: sentence.start, end: sentence.end, line: sentence.line };
}

/** "the city", "the capital", "there": the places the sentence points back to, where none is named there. */
function pointedBack(text: string, named: PlaceMention[], memory: PlaceMemory, index: number, places: PlaceFinder): LocatedMention[] {
  const out: LocatedMention[] = [];
  for (const a of findPlaceAnaphora(text)) {
    if (named.some((m) => m.start < a.end && a.start < m.end)) continue;
    let country: string | undefined;
    if (a.demonym) {
      country = places.scanDocument(a.demonym).countries[0];
      if (!country) continue; // "the Sabri district": a name, not a demonym
    }
    // A place named earlier in the same sentence comes first: where something happens ("residents of X
    // found bodies on the edge of the town"), or, for "their city", whose people they are ("X residents").
    const fitsHere = (m: PlaceMention) => m.end <= a.start && !m.reference && m.place.precision !== 'country'
      && (a.kind !== 'settlement' || m.place.precision === 'city') && (isLocative(text, m) || (a.possessive && !!m.modifier));
    const here = (a.kind === 'settlement' || a.kind === 'area' || a.kind === 'facility') && !a.part ? named.filter(fitsHere).at(-1) : undefined;
    if (here) {
      out.push({ text: a.text, start: a.start, end: a.end, place: here.place });
      continue;
    }
    // "their city" is the city of people this sentence names; if it names none the gazetteer knows, saying
    // which city would be a guess.
    if (a.possessive) continue;
    const found = memory.resolve(a.kind, index, country, a.noun);
    if (!found) continue;
    // A named part of the town is at the town, no finer than the text says: approximate, its own name.
    const place: EventPlace = a.part
      ? { name: `${a.part.name}, ${found.place.name}`, lat: found.place.lat, lon: found.place.lon, precision: a.part.precision, approximate: true, ...(found.place.country ? { country: found.place.country } : {}) }
      : found.place;
    out.push({ text: a.text, start: a.start, end: a.end, place, inferred: { from: 'context', ...(found.source ? { source: found.source } : {}) } });
  }
  return out;
}

/**
 * Where a release was issued: the place of a dateline that credits no news agency ("(Beirut) –",
 * "GENEVA (14 June 2023) –", "Tunis —"), in any country. `release` when the dateline has the release's
 * bracketed form, a place or date in brackets with no agency.
 */
function releasePlace(doc: ParsedDocument, places: PlaceFinder, context: PlaceContext): { place: EventPlace; release: boolean } | undefined {
  const name = doc.dateline?.place;
  if (!name) return undefined;
  const written = doc.text.slice(doc.dateline!.start, doc.dateline!.end);
  const bracketed = /\(([^()]*)\)/.exec(written);
  if (bracketed && NEWS_AGENCY.test(bracketed[1]!.split(/[,/]/)[0]!.trim())) return undefined;
  if (/\b(?:Reuters|AFP|AP|Associated Press|Agence France)/.test(written)) return undefined;
  const found = places.lookup(name, context);
  if (!found || found.place.precision === 'country') return undefined;
  return { place: found.place, release: bracketed !== null };
}

/** The dateline's place, when it is in the country the story is about (a Beirut bureau filing on Syria is not). */
function datelinePlace(doc: ParsedDocument, places: PlaceFinder, context: PlaceContext, mainCountry: string | undefined): EventPlace | undefined {
  const name = doc.dateline?.place;
  if (!name) return undefined;
  const found = places.lookup(name, context);
  if (!found || found.place.precision === 'country' || !mainCountry || found.place.country !== mainCountry) return undefined;
  return found.place;
}
