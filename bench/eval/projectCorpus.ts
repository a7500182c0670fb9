/**
 * The project's own corpus (`eval/corpus/`): short articles written for the evaluation, each `<name>.txt`
 * with a `<name>.truth.json` (format in eval/README.md). Its rule is stricter than the real-article
 * corpus's and one-to-one:
 *   - quote: one of the event's source quotes equals the truth `quote` or one of `alsoQuotes`
 *     (whitespace-normalised);
 *   - date: both null; or same precision and start (and end, when the truth has one), with ±1 unit of the
 *     precision when the truth is `approximate`; or a finer extracted date whose span lies inside the truth's;
 *   - place: both null; or within 30 km of the truth point (300 km for a truth of precision `country`). A truth
 *     may list several acceptable points (one event at neighbouring sites, or a route).
 * Matching is greedy and one-to-one, best pairs first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { EventDate, EventType, PlacePrecision } from '../../src/compiler/schema.ts';
import type { Event, EventPlace } from '../../src/compiler/schema.ts';
import { dateAgreement } from './dateAgreement.ts';
import { haversineKm } from './haversineKm.ts';
import { scoreSafely, type ArticleScore, type CorpusScore, type Extra, type Miss } from './Score.ts';

const PLACE_TOLERANCE_KM = 30;
const COUNTRY_TOLERANCE_KM = 300;

const TruthPlace = z.object({
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: PlacePrecision.optional(),
});

const TruthEvent = z.object({
  quote: z.string().min(1),
  alsoQuotes: z.array(z.string().min(1)).optional(),
  date: EventDate.nullable(),
  // An array lists alternatives, any of which is right (e.g. one attack on two neighbouring terminals).
  place: z.union([TruthPlace, z.array(TruthPlace).min(1)]).nullable(),
  type: EventType,
  note: z.string().optional(),
});

const Truth = z.object({
  events: z.array(TruthEvent),
  nonEvents: z.array(z.string().min(1)).optional(),
});

type TruthPlace = z.infer<typeof TruthPlace>;
export type TruthEvent = z.infer<typeof TruthEvent>;
type Truth = z.infer<typeof Truth>;
type DateValue = z.infer<typeof EventDate>;

export interface ProjectArticle {
  name: string;
  /** Path from the repository root, as the compiler expects. */
  path: string;
  text: string;
  truth: Truth;
}

export const PROJECT_RULE = 'exact quote, date at its precision (±1 unit when approximate), place ≤ 30 km; one-to-one';

/** Collapses runs of whitespace so line wrapping or double spaces never decide a match. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function readProjectCorpus(dir: string, root: string): ProjectArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const full = join(dir, file);
    const parsed = Truth.safeParse(JSON.parse(readFileSync(full.replace(/\.txt$/, '.truth.json'), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    const path = full.startsWith(`${root}/`) ? full.slice(root.length + 1) : file;
    return { name: basename(file, '.txt'), path, text: readFileSync(full, 'utf8'), truth: parsed.data };
  });
}

/** A truth quote that is not in its article can never be matched, so it is an annotation bug worth shouting. */
function truthWarnings(article: ProjectArticle): string[] {
  const text = normalise(article.text);
  const problems: string[] = [];
  const quotes = article.truth.events.flatMap((e) => [e.quote, ...(e.alsoQuotes ?? [])]);
  for (const quote of [...quotes, ...(article.truth.nonEvents ?? [])]) {
    if (!text.includes(normalise(quote))) problems.push(`${article.name}: not in the text: "${quote}"`);
  }
  const eventQuotes = new Set(quotes.map(normalise));
  for (const quote of article.truth.nonEvents ?? []) {
    if (eventQuotes.has(normalise(quote))) problems.push(`${article.name}: both an event and a non-event: "${quote}"`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Places

function truthPlaces(event: TruthEvent): TruthPlace[] {
  if (event.place === null) return [];
  return Array.isArray(event.place) ? event.place : [event.place];
}

/** Distance in km to the nearest acceptable truth point (0 when both are null), or null when it disagrees. */
function placeAgreement(truth: TruthEvent, got: EventPlace | null): number | null {
  const options = truthPlaces(truth);
  if (options.length === 0 || got === null) return options.length === 0 && got === null ? 0 : null;
  let best: number | null = null;
  for (const option of options) {
    const km = haversineKm(option.lat, option.lon, got.lat, got.lon);
    const limit = option.precision === 'country' ? COUNTRY_TOLERANCE_KM : PLACE_TOLERANCE_KM;
    if (km <= limit && (best === null || km < best)) best = km;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Matching

interface Candidate {
  truthIndex: number;
  extractedIndex: number;
  date: number | null;
  placeKm: number | null;
}

function eventQuotes(event: Event): string[] {
  return event.sources.map((s) => normalise(s.quote));
}

function truthQuotes(event: TruthEvent): Set<string> {
  return new Set([event.quote, ...(event.alsoQuotes ?? [])].map(normalise));
}

/** Every (truth, extracted) pair that shares a quote, with how well date and place agree. */
function candidates(truth: TruthEvent[], extracted: Event[]): Candidate[] {
  const out: Candidate[] = [];
  truth.forEach((t, truthIndex) => {
    const quotes = truthQuotes(t);
    extracted.forEach((e, extractedIndex) => {
      if (!eventQuotes(e).some((q) => quotes.has(q))) return;
      out.push({ truthIndex, extractedIndex, date: dateAgreement(t.date, e.date), placeKm: placeAgreement(t, e.place) });
    });
  });
  return out;
}

/**
 * Greedy one-to-one assignment over full matches, best first: an exact date beats a contained one, then the
 * nearer place. Ordering matters when one sentence states two events (a month and a day in the same month).
 */
function assign(cands: Candidate[]): Map<number, number> {
  const full = cands.filter((c) => c.date !== null && c.placeKm !== null);
  full.sort((a, b) => (a.date ?? 0) - (b.date ?? 0) || (a.placeKm ?? 0) - (b.placeKm ?? 0) || a.truthIndex - b.truthIndex);
  const truthToExtracted = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of full) {
    if (truthToExtracted.has(c.truthIndex) || taken.has(c.extractedIndex)) continue;
    truthToExtracted.set(c.truthIndex, c.extractedIndex);
    taken.add(c.extractedIndex);
  }
  return truthToExtracted;
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

function showDate(date: DateValue | null): string {
  if (date === null) return 'null';
  const range = date.end === undefined ? date.start : `${date.start}..${date.end}`;
  return `${range}${date.approximate ? ' ~' : ''}`;
}

function showPlace(place: EventPlace | TruthPlace | null): string {
  if (place === null) return 'null';
  return `${place.name}${place.precision ? ` (${place.precision})` : ''}`;
}

/** Why a truth event went unmatched, judged from the extracted events that share its quote (`mine`). */
function classifyMiss(extracted: Event[], mine: Candidate[], taken: Set<number>): Miss['class'] {
  if (mine.length === 0) return 'no event';
  const free = mine.filter((c) => !taken.has(c.extractedIndex));
  if (free.length === 0) return 'taken';
  const placed = free.filter((c) => c.placeKm !== null);
  if (placed.length > 0) return placed.some((c) => extracted[c.extractedIndex]?.date) ? 'date wrong' : 'date missing';
  const dated = free.filter((c) => c.date !== null);
  if (dated.length > 0) return dated.some((c) => extracted[c.extractedIndex]?.place) ? 'place wrong' : 'place missing';
  return 'date and place';
}

export function scoreProjectArticle(article: ProjectArticle, extracted: Event[]): ArticleScore {
  const truth = article.truth.events;
  const cands = candidates(truth, extracted);
  const matched = assign(cands);
  const taken = new Set(matched.values());
  const allTruthQuotes = new Set(truth.flatMap((t) => [...truthQuotes(t)]));

  const misses: Miss[] = truth.flatMap((event, i): Miss[] => {
    if (matched.has(i)) return [];
    const mine = cands.filter((c) => c.truthIndex === i);
    const place = truthPlaces(event).map(showPlace).join(' | ') || 'null';
    return [{
      class: classifyMiss(extracted, mine, taken),
      evidence: event.quote,
      gold: { date: showDate(event.date), place },
      got: mine.map((c) => ({ date: showDate(extracted[c.extractedIndex]?.date ?? null), place: showPlace(extracted[c.extractedIndex]?.place ?? null) })),
    }];
  });
  const extras: Extra[] = extracted.flatMap((event, i): Extra[] => {
    if (taken.has(i)) return [];
    const onEventSentence = eventQuotes(event).some((q) => allTruthQuotes.has(q));
    return [{
      class: onEventSentence ? 'extra (event sentence)' : 'extra (non-event sentence)',
      quote: event.sources[0]?.quote ?? '', date: showDate(event.date), place: showPlace(event.place),
    }];
  });
  return { name: article.name, gold: truth.length, predicted: extracted.length, found: matched.size, correct: matched.size, misses, extras };
}

/** A perfect extractor made from the truth, so the scorer and the corpus can be checked without the compiler. */
export function truthAsEvents(article: ProjectArticle): Event[] {
  return article.truth.events.map((t, i) => {
    const first = truthPlaces(t)[0];
    const place: EventPlace | null = first
      ? { name: first.name, lat: first.lat, lon: first.lon, precision: first.precision ?? 'city' }
      : null;
    // Every statement of the event becomes a source, as a compiler that merges restatements would emit.
    const sources = [t.quote, ...(t.alsoQuotes ?? [])].map((quote) => {
      const start = Math.max(0, article.text.indexOf(quote));
      return { document: article.path, quote, start, end: start + quote.length, line: 1 };
    });
    return {
      id: `fake-${i}`, title: t.quote.slice(0, 40), type: t.type, subType: 'fake', date: t.date, place,
      actors: [], certainty: 'stated', sources,
    };
  });
}

export function scoreProjectCorpus(dir: string, root: string, extract: (path: string, text: string) => Event[], selfCheck = false): CorpusScore {
  const articles = readProjectCorpus(dir, root);
  return {
    corpus: dir,
    rule: PROJECT_RULE,
    warnings: articles.flatMap(truthWarnings),
    articles: articles.map((a) => scoreSafely((p) => scoreProjectArticle(a, p), () => (selfCheck ? truthAsEvents(a) : extract(a.path, a.text)))),
  };
}
