/**
 * The real-article corpus (`../shared/corpus/`): `NN-slug.txt` beside `NN-slug.gold.json`. The texts are
 * copyrighted and are only ever read from that folder, never copied into this repository.
 *
 * Scoring rule (the corpus README's, the same one hidden articles are scored with). A predicted event
 * matches a gold event when
 *   - quote: one of its source quotes shares at least 60 % of the words of the shorter of the two with the
 *     gold evidence (words of 3+ letters, case and accents folded);
 *   - date: the predicted start begins with the gold date ("2017-03" accepts "2017-03" and any day of it;
 *     a coarser prediction does not); a gold `dateEnd` must begin the predicted end likewise; a gold null
 *     date accepts any date;
 *   - place: within 30 km of the gold point. A gold without a place accepts no place or a country; a gold
 *     place without coordinates accepts no place, a region or a country.
 * Matching is not one-to-one. Optional gold events are neither missed nor false positives. Recall = matched
 * non-optional gold / non-optional gold; precision = predicted events matching any gold event / predicted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Event } from '../../src/compiler/schema.ts';
import { haversineKm } from './haversineKm.ts';
import { scoreSafely, type ArticleScore, type CorpusScore, type Extra, type Miss } from './Score.ts';

const GoldEvent = z.object({
  summary: z.string(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  dateEnd: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  evidence: z.string().min(1),
  optional: z.boolean().optional(),
  note: z.string().optional(),
});

const GoldFile = z.object({
  source: z.string().optional(),
  published: z.string().nullable().optional(),
  events: z.array(GoldEvent),
});

export type GoldEvent = z.infer<typeof GoldEvent>;

export interface GoldArticle {
  name: string;
  /** The path the compiler sees: only the base name, so no diagnostic or id leaks the folder layout. */
  path: string;
  text: string;
  events: GoldEvent[];
}

export const GOLD_RULE = 'quote overlap ≥ 60 % of words, date prefix, place ≤ 30 km; not one-to-one; optional events ignored';

export function isGoldCorpus(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.gold.json'));
}

export function readGoldCorpus(dir: string): GoldArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((file) => {
    const name = basename(file, '.gold.json');
    const parsed = GoldFile.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return { name, path: `${name}.txt`, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), events: parsed.data.events };
  });
}

/** Lower case, accents and marks removed: "Ménaka" and "Menaka" are one word. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of 3+ letters of a text, folded. */
export function contentWords(text: string): Set<string> {
  return new Set((fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3));
}

/** Whether two quotes share at least 60 % of the words of the shorter. */
export function quotesOverlap(a: Set<string>, b: Set<string>): boolean {
  const shorter = a.size <= b.size ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.size === 0) return false;
  let shared = 0;
  for (const w of shorter) if (longer.has(w)) shared++;
  return shared / shorter.size >= 0.6;
}

export function dateMatches(gold: GoldEvent, got: Event['date']): boolean {
  if (gold.date === null) return true;
  if (!got || !got.start.startsWith(gold.date)) return false;
  return gold.dateEnd === undefined || (got.end ?? got.start).startsWith(gold.dateEnd);
}

export function placeMatches(gold: GoldEvent, got: Event['place']): boolean {
  if (gold.place === null) return got === null || got.precision === 'country';
  if (gold.lat === null || gold.lon === null) return got === null || got.precision === 'region' || got.precision === 'country';
  return got !== null && haversineKm(gold.lat, gold.lon, got.lat, got.lon) <= 30;
}

function showDate(date: Event['date']): string {
  if (!date) return 'null';
  return `${date.end ? `${date.start}..${date.end}` : date.start}${date.approximate ? ' ~' : ''}`;
}

function showPlace(place: Event['place']): string {
  return place ? `${place.name} (${place.precision}${place.approximate ? ', approx' : ''})` : 'null';
}

function showGold(g: GoldEvent): { date: string; place: string } {
  const date = g.date === null ? 'null' : g.dateEnd ? `${g.date}..${g.dateEnd}` : g.date;
  const place = g.place === null ? 'null' : g.lat === null ? `${g.place} (no point)` : g.place;
  return { date, place };
}

/** Scores one article's predicted events against its gold events. */
export function scoreGoldArticle(article: GoldArticle, predicted: Event[]): ArticleScore {
  const gold = article.events.map((g) => ({ g, words: contentWords(g.evidence) }));
  const pred = predicted.map((e) => ({ e, quotes: e.sources.map((s) => contentWords(s.quote)) }));
  const sameSentence = (i: number, j: number) => pred[j]!.quotes.some((q) => quotesOverlap(q, gold[i]!.words));
  const matches = (i: number, j: number) =>
    sameSentence(i, j) && dateMatches(gold[i]!.g, pred[j]!.e.date) && placeMatches(gold[i]!.g, pred[j]!.e.place);

  const misses: Miss[] = [];
  let found = 0;
  gold.forEach(({ g }, i) => {
    if (g.optional) return;
    if (pred.some((_, j) => matches(i, j))) {
      found++;
      return;
    }
    const near = pred.filter((_, j) => sameSentence(i, j)).map((p) => p.e);
    misses.push({ class: classifyMiss(g, near), evidence: g.evidence, gold: showGold(g), got: near.map((e) => ({ date: showDate(e.date), place: showPlace(e.place) })) });
  });

  const extras: Extra[] = [];
  let correct = 0;
  pred.forEach(({ e }, j) => {
    if (gold.some((_, i) => matches(i, j))) {
      correct++;
      return;
    }
    const onEventSentence = gold.some((_, i) => sameSentence(i, j));
    extras.push({
      class: onEventSentence ? 'extra (event sentence)' : 'extra (non-event sentence)',
      quote: e.sources[0]?.quote ?? '', date: showDate(e.date), place: showPlace(e.place),
    });
  });
  return { name: article.name, gold: gold.filter(({ g }) => !g.optional).length, predicted: predicted.length, found, correct, misses, extras };
}

/** The best excuse among the events read from the gold event's sentence. */
function classifyMiss(g: GoldEvent, near: Event[]): Miss['class'] {
  if (near.length === 0) return 'no event';
  const placed = near.filter((e) => placeMatches(g, e.place));
  if (placed.length > 0) return placed.some((e) => e.date) ? 'date wrong' : 'date missing';
  const dated = near.filter((e) => dateMatches(g, e.date));
  if (dated.length > 0) return dated.some((e) => e.place) ? 'place wrong' : 'place missing';
  return 'date and place';
}

/** Checks the annotation against its text: evidence that is not in it can never be matched. */
export function goldWarnings(article: GoldArticle): string[] {
  const text = article.text.replace(/\s+/g, ' ');
  return article.events.filter((g) => !text.includes(g.evidence.replace(/\s+/g, ' '))).map((g) => `${article.name}: evidence not in the text: "${g.evidence.slice(0, 60)}…"`);
}

/** Scores every article of the folder; with `selfCheck` the gold itself is the prediction (must score 1 / 1). */
export function scoreGoldCorpus(dir: string, extract: (path: string, text: string) => Event[], selfCheck = false): CorpusScore {
  const articles = readGoldCorpus(dir);
  return {
    corpus: dir,
    rule: GOLD_RULE,
    warnings: articles.flatMap(goldWarnings),
    articles: articles.map((a) => scoreSafely((p) => scoreGoldArticle(a, p), () => (selfCheck ? goldAsEvents(a) : extract(a.path, a.text)))),
  };
}

/** A perfect extractor made from the gold, so the scorer can be checked without the compiler. */
export function goldAsEvents(article: GoldArticle): Event[] {
  return article.events.map((g, i) => {
    const start = Math.max(0, article.text.indexOf(g.evidence));
    const precision = g.date === null ? 'day' : g.date.length === 4 ? 'year' : g.date.length === 7 ? 'month' : 'day';
    return {
      id: `gold-${i}`, title: g.summary, type: 'battles', subType: 'gold',
      date: g.date === null ? null : { start: g.date, ...(g.dateEnd ? { end: g.dateEnd } : {}), precision },
      place: g.place !== null && g.lat !== null && g.lon !== null ? { name: g.place, lat: g.lat, lon: g.lon, precision: 'city' } : null,
      actors: [], certainty: 'stated',
      sources: [{ document: article.path, quote: g.evidence, start, end: start + g.evidence.length, line: 1 }],
    };
  });
}
