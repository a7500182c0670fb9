/**
 * Scores the compiler against the hand-annotated corpus in eval/corpus/.
 *
 *   npx tsx bench/evaluate.ts [--corpus eval/corpus] [--json] [--min-recall 0.85] [--min-precision 0.75]
 *                             [--self-check] [--quiet]
 *
 * Every `<name>.txt` needs a `<name>.truth.json` beside it (format below). Each article is compiled on its own,
 * so cross-document merging cannot blur which article an event came from. An extracted event matches a truth
 * event when all three agree:
 *   - quote: one of its sources' quotes equals the truth `quote` or one of `alsoQuotes` (whitespace-normalised);
 *   - date: both null; or same precision and start (and end, when the truth has one), with ±1 unit of the
 *     precision when the truth is `approximate`; or a finer extracted date whose span lies inside the truth's;
 *   - place: both null; or within 30 km of the truth point (300 km for a truth of precision `country`). A truth
 *     may list several acceptable points (one event at neighbouring sites, or a route).
 * Matching is greedy and one-to-one, best pairs first. Unmatched extractions are false positives; those read
 * from a `nonEvents` sentence are flagged as such. This is a report: it exits 0 unless a --min-* bar is missed.
 *
 * `--self-check` scores a perfect fake extractor built from the truth files instead of calling the compiler:
 * it must print recall 1 and precision 1, which tests the scorer and the corpus without the compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { compile } from '../src/compiler/compile.ts';
import { loadGazetteer } from '../src/node/gazetteer/loadGazetteer.ts';
import { EventDate, EventType, PlacePrecision } from '../src/compiler/schema.ts';
import type { Event, EventPlace } from '../src/compiler/schema.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const PLACE_TOLERANCE_KM = 30;
const COUNTRY_TOLERANCE_KM = 300;

// ---------------------------------------------------------------------------------------------------------
// Truth files

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
type TruthEvent = z.infer<typeof TruthEvent>;
type Truth = z.infer<typeof Truth>;
type DateValue = z.infer<typeof EventDate>;

interface Article {
  name: string;
  /** Path from the repository root, as the compiler expects. */
  path: string;
  text: string;
  truth: Truth;
}

/** Collapses runs of whitespace so line wrapping or double spaces never decide a match. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readArticles(corpusDir: string): Article[] {
  const names = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  return names.map((file) => {
    const full = join(corpusDir, file);
    const truthFile = full.replace(/\.txt$/, '.truth.json');
    const parsed = Truth.safeParse(JSON.parse(readFileSync(truthFile, 'utf8')));
    if (!parsed.success) throw new Error(`${truthFile}: ${parsed.error.message}`);
    return { name: basename(file, '.txt'), path: relative(REPO_ROOT, full), text: readFileSync(full, 'utf8'), truth: parsed.data };
  });
}

/** A truth quote that is not in its article can never be matched, so it is an annotation bug worth shouting. */
function validateTruth(article: Article): string[] {
  const text = normalise(article.text);
  const problems: string[] = [];
  const quotes = article.truth.events.flatMap((e) => [e.quote, ...(e.alsoQuotes ?? [])]);
  for (const quote of [...quotes, ...(article.truth.nonEvents ?? [])]) {
    if (!text.includes(normalise(quote))) problems.push(`not in the text: "${quote}"`);
  }
  const eventQuotes = new Set(quotes.map(normalise));
  for (const quote of article.truth.nonEvents ?? []) {
    if (eventQuotes.has(normalise(quote))) problems.push(`both an event and a non-event: "${quote}"`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// Dates

/** Inclusive day span of an ISO date at its own precision, in days since the epoch. */
function daySpan(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  if (d === undefined) return [dayNumber(year, m, 1), dayNumber(year, m + 1, 1) - 1];
  return [dayNumber(year, m, d), dayNumber(year, m, d)];
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Position of an ISO date on the axis of its precision, so "one unit apart" is a difference of 1. */
function unitIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return y ?? 0;
  if (d === undefined) return (y ?? 0) * 12 + m;
  return dayNumber(y ?? 0, m, d);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function dateSpan(date: DateValue): [number, number] {
  return [daySpan(date.start)[0], daySpan(date.end ?? date.start)[1]];
}

/** Widens an approximate truth by one unit of its precision on each end. */
function widenedSpan(date: DateValue): [number, number] {
  const [start, end] = dateSpan(date);
  if (!date.approximate) return [start, end];
  const unitDays = { day: 1, month: 31, year: 366 }[date.precision];
  return [start - unitDays, end + unitDays];
}

/** 0 = exact, 1 = within tolerance or contained, null = disagrees. Lower is a better match. */
function dateAgreement(truth: DateValue | null, got: DateValue | null): number | null {
  if (truth === null || got === null) return truth === got ? 0 : null;
  if (got.precision === truth.precision) {
    const slack = truth.approximate ? 1 : 0;
    const close = (a: string, b: string): boolean => Math.abs(unitIndex(a) - unitIndex(b)) <= slack;
    if (!close(truth.start, got.start)) return null;
    if (truth.end !== undefined && !close(truth.end, got.end ?? got.start)) return null;
    const exact = truth.start === got.start && (truth.end === undefined || truth.end === (got.end ?? got.start));
    return exact ? 0 : 1;
  }
  if (PRECISION_RANK[got.precision] < PRECISION_RANK[truth.precision]) {
    const [outerStart, outerEnd] = widenedSpan(truth);
    const [innerStart, innerEnd] = dateSpan(got);
    return innerStart >= outerStart && innerEnd <= outerEnd ? 1 : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Places

function haversineKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

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
// Reporting

interface Miss {
  quote: string;
  reason: 'no event with that quote' | 'date mismatch' | 'place mismatch' | 'date and place mismatch' | 'taken by another truth event';
  truth: { date: string; place: string };
  got: { date: string; place: string }[];
  /** Extracted quotes that overlap the truth quote: a sentence-splitting disagreement, not a missed event. */
  nearQuotes?: string[];
}

interface FalsePositive {
  quote: string;
  date: string;
  place: string;
  nonEvent: boolean;
}

interface ArticleReport {
  name: string;
  truthCount: number;
  extractedCount: number;
  tp: number;
  fp: number;
  fn: number;
  nonEventViolations: number;
  recall: number;
  precision: number;
  falsePositives: FalsePositive[];
  falseNegatives: Miss[];
  error?: string;
}

function showDate(date: DateValue | null): string {
  if (date === null) return 'null';
  const range = date.end === undefined ? date.start : `${date.start}..${date.end}`;
  return `${range} (${date.precision}${date.approximate ? ', approx' : ''})`;
}

function showPlace(place: EventPlace | TruthPlace | null): string {
  if (place === null) return 'null';
  return `${place.name} [${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}]${place.precision ? ` ${place.precision}` : ''}`;
}

function showTruthPlace(event: TruthEvent): string {
  const options = truthPlaces(event);
  return options.length === 0 ? 'null' : options.map(showPlace).join(' | ');
}

function ratio(num: number, den: number): number {
  // An article with nothing to find and nothing found is perfect, not undefined.
  return den === 0 ? 1 : num / den;
}

/** Why a truth event went unmatched, judged from the extracted events that share its quote (`mine`). */
function explainMiss(event: TruthEvent, extracted: Event[], mine: Candidate[], taken: Set<number>): Miss {
  const base = { quote: event.quote, truth: { date: showDate(event.date), place: showTruthPlace(event) } };
  const got = mine.map((c) => {
    const e = extracted[c.extractedIndex];
    return { date: showDate(e?.date ?? null), place: showPlace(e?.place ?? null) };
  });
  if (mine.length === 0) return { ...base, reason: 'no event with that quote', got, nearQuotes: nearQuotes(event, extracted) };
  const free = mine.filter((c) => !taken.has(c.extractedIndex));
  if (free.length === 0) return { ...base, reason: 'taken by another truth event', got };
  if (free.some((c) => c.date !== null)) return { ...base, reason: 'place mismatch', got };
  if (free.some((c) => c.placeKm !== null)) return { ...base, reason: 'date mismatch', got };
  return { ...base, reason: 'date and place mismatch', got };
}

function nearQuotes(event: TruthEvent, extracted: Event[]): string[] {
  const wanted = normalise(event.quote);
  const near = extracted.flatMap(eventQuotes).filter((q) => q.length > 20 && (wanted.includes(q) || q.includes(wanted)));
  return [...new Set(near)];
}

function scoreArticle(article: Article, extracted: Event[]): ArticleReport {
  const truth = article.truth.events;
  const cands = candidates(truth, extracted);
  const matched = assign(cands);
  const taken = new Set(matched.values());
  const nonEvents = new Set((article.truth.nonEvents ?? []).map(normalise));

  const falseNegatives = truth.flatMap((event, i) =>
    matched.has(i) ? [] : [explainMiss(event, extracted, cands.filter((c) => c.truthIndex === i), taken)],
  );
  const falsePositives = extracted.flatMap((event, i): FalsePositive[] => {
    if (taken.has(i)) return [];
    const quote = event.sources[0]?.quote ?? '';
    const nonEvent = eventQuotes(event).some((q) => nonEvents.has(q));
    return [{ quote, date: showDate(event.date), place: showPlace(event.place), nonEvent }];
  });
  const tp = matched.size;
  return {
    name: article.name,
    truthCount: truth.length,
    extractedCount: extracted.length,
    tp,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    nonEventViolations: falsePositives.filter((f) => f.nonEvent).length,
    recall: ratio(tp, truth.length),
    precision: ratio(tp, extracted.length),
    falsePositives,
    falseNegatives,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Extraction

type Extractor = (article: Article) => Event[];

function compilerExtractor(): Extractor {
  // Loaded once: building the gazetteer is the expensive part and is the same for every article.
  const gazetteer = loadGazetteer();
  return (article) => {
    const { dataset } = compile([{ path: article.path, text: article.text }], { gazetteer });
    return dataset.events;
  };
}

/** A perfect extractor made from the truth, so the scorer and the corpus can be checked without the compiler. */
function truthExtractor(article: Article): Event[] {
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
      id: `fake-${i}`,
      title: t.quote.slice(0, 40),
      type: t.type,
      subType: 'fake',
      date: t.date,
      place,
      actors: [],
      certainty: 'stated',
      sources,
    };
  });
}

function runArticle(article: Article, extract: Extractor): ArticleReport {
  try {
    return scoreArticle(article, extract(article));
  } catch (error) {
    // A crash on one article should not hide the scores of the others: count its truth as missed.
    const report = scoreArticle(article, []);
    return { ...report, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------
// CLI

interface Options {
  corpus: string;
  json: boolean;
  quiet: boolean;
  selfCheck: boolean;
  minRecall: number | null;
  minPrecision: number | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpus: join(REPO_ROOT, 'eval/corpus'), json: false, quiet: false, selfCheck: false, minRecall: null, minPrecision: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--corpus') options.corpus = resolve(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--self-check') options.selfCheck = true;
    else if (arg === '--min-recall') options.minRecall = Number(value());
    else if (arg === '--min-precision') options.minPrecision = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

function pct(x: number): string {
  return x.toFixed(3);
}

function printArticle(report: ArticleReport, quiet: boolean): void {
  console.log(`\n== ${report.name}: TP ${report.tp}  FP ${report.fp}  FN ${report.fn}  recall ${pct(report.recall)}  precision ${pct(report.precision)}` +
    (report.nonEventViolations ? `  (non-event hits ${report.nonEventViolations})` : ''));
  if (report.error) console.log(`  ERROR: ${report.error}`);
  if (quiet) return;
  for (const miss of report.falseNegatives) {
    console.log(`  FN [${miss.reason}] "${miss.quote}"`);
    console.log(`       truth: ${miss.truth.date} @ ${miss.truth.place}`);
    for (const g of miss.got) console.log(`       got:   ${g.date} @ ${g.place}`);
    for (const q of miss.nearQuotes ?? []) console.log(`       near quote: "${q}"`);
  }
  for (const fp of report.falsePositives) {
    console.log(`  FP${fp.nonEvent ? ' [non-event]' : ''} "${fp.quote}"`);
    console.log(`       got:   ${fp.date} @ ${fp.place}`);
  }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const articles = readArticles(options.corpus);
  const warnings = articles.flatMap((a) => validateTruth(a).map((p) => `${a.name}: ${p}`));
  const extract = options.selfCheck ? truthExtractor : compilerExtractor();
  const reports = articles.map((a) => runArticle(a, extract));

  const sum = (f: (r: ArticleReport) => number): number => reports.reduce((n, r) => n + f(r), 0);
  const tp = sum((r) => r.tp);
  const overall = {
    articles: reports.length,
    truth: sum((r) => r.truthCount),
    extracted: sum((r) => r.extractedCount),
    tp,
    fp: sum((r) => r.fp),
    fn: sum((r) => r.fn),
    nonEventViolations: sum((r) => r.nonEventViolations),
    recall: ratio(tp, sum((r) => r.truthCount)),
    precision: ratio(tp, sum((r) => r.extractedCount)),
  };

  if (options.json) {
    console.log(JSON.stringify({ overall, warnings, articles: reports }, null, 2));
  } else {
    for (const w of warnings) console.log(`WARNING (truth file) ${w}`);
    for (const r of reports) printArticle(r, options.quiet);
    console.log(`\nOVERALL (${overall.articles} articles${options.selfCheck ? ', self-check' : ''}): ` +
      `truth ${overall.truth}  extracted ${overall.extracted}  TP ${overall.tp}  FP ${overall.fp} ` +
      `(non-event hits ${overall.nonEventViolations})  FN ${overall.fn}`);
    console.log(`recall ${pct(overall.recall)}  precision ${pct(overall.precision)}`);
  }

  const failed = (options.minRecall !== null && overall.recall < options.minRecall) ||
    (options.minPrecision !== null && overall.precision < options.minPrecision);
  process.exitCode = failed ? 1 : 0;
}

main();
