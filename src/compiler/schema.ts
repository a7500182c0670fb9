/**
 * The dataset contract: what the compiler emits and the app reads.
 *
 * This is the one heavily documented file of the compiler. Every field here is described for humans in
 * docs/DATA.md; keep the two in step. The app imports only the inferred *types* (never zod itself), so the
 * schema costs nothing in the browser bundle.
 */
import { z } from 'zod';

/** ISO 8601 calendar date at year, month or day precision: `2017`, `2017-03`, `2017-03-14`. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** How finely a date is known. A month-precision date is the whole month, never its first day. */
export const DatePrecision = z.enum(['day', 'month', 'year']);

/**
 * When an event happened. `start` and `end` carry exactly as many parts as `precision` says.
 * A range has an `end` (inclusive). `approximate` means the text itself hedges the date or the duration
 * ("a near two-year battle", "about three weeks"), so either end may be off by about one precision unit.
 */
export const EventDate = z.object({
  start: isoDate,
  end: isoDate.optional(),
  precision: DatePrecision,
  approximate: z.boolean().optional(),
});

/**
 * How finely a place is known, from finest to coarsest. `site` is a facility (an airport, an oil terminal);
 * `neighbourhood` a district of a city; `city` a populated place; `region` a province or area; `country` a
 * whole country. The map draws coarser precisions as areas, not pins.
 */
export const PlacePrecision = z.enum(['site', 'neighbourhood', 'city', 'region', 'country']);

/**
 * Where an event happened. `approximate` is set when the text gives a relative location ("50 km south of
 * Tripoli") and the point is an estimate. `geonameId` links to GeoNames when the place came from it.
 */
export const EventPlace = z.object({
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: PlacePrecision,
  approximate: z.boolean().optional(),
  country: z.string().length(2).optional(),
  geonameId: z.number().int().optional(),
});

/**
 * How sure the text is that the event happened:
 * - `stated`: the outlet states it in its own voice;
 * - `reported`: attributed to someone else ("according to", "said", "reportedly");
 * - `alleged`: an accusation ("allegedly", "accused of", "alleged");
 * - `unverified`: the outlet says it could not verify it.
 */
export const Certainty = z.enum(['stated', 'reported', 'alleged', 'unverified']);

/**
 * Event types follow ACLED's six, plus `diplomacy` for meetings, visits, agreements and statements, which
 * news about conflicts is full of and ACLED files under strategic developments.
 */
export const EventType = z.enum([
  'battles',
  'explosions-remote-violence',
  'violence-against-civilians',
  'protests',
  'riots',
  'strategic-developments',
  'diplomacy',
]);

/**
 * How a reported count is hedged: `exact` ("27 soldiers were killed"), `at least` ("at least 8"), `more than`
 * ("more than 20", "over 20"), `up to` ("up to 30", "as many as 30"), `about` ("around 50", "nearly 50"),
 * `range` ("between 40 and 50"), `unknown` (a quantity without a number: "dozens", "hundreds", "many").
 */
export const CasualtyHedge = z.enum(['exact', 'at least', 'more than', 'up to', 'about', 'range', 'unknown']);

/**
 * One reported count, saying no more than the text: `min` and `max` are the numbers the text gives as its
 * bounds ("at least 8": 8 and null; "more than 20": 20 and null, the hedge says it is exclusive; "up to 30":
 * null and 30; "about 50" and "50": 50 and 50; "between 40 and 50": 40 and 50; "dozens": null and null).
 * `text` is the count's words as written in the source's document: for a sentence, inside its quote ("at
 * least eight children"); for a structured row, the cell or property that states it (ACLED's `fatalities`:
 * "2"), which need not lie inside the quoted `notes`.
 */
export const CasualtyFigure = z.object({
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  hedge: CasualtyHedge,
  text: z.string().min(1),
});

/** The killed and injured counts one sentence reports. Counts of different sources are never summed. */
export const Casualties = z.object({
  killed: CasualtyFigure.optional(),
  injured: CasualtyFigure.optional(),
});

/** The sentence an event was read from, with character offsets into its document's `text`. */
export const Source = z.object({
  document: z.string(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  /** The killed and injured counts the sentence reports for the event, when it states any (optional). */
  casualties: Casualties.optional(),
  /**
   * Who reported the event, as a structured record names them: ACLED's `source` cell ("Libya Observer;
   * Reuters"), a GeoJSON feature's `source` property. Articles have none: the document is the source.
   */
  outlet: z.string().min(1).optional(),
});

/**
 * Where a date or place the sentence itself does not give came from, so the app can say it was inferred:
 * - `context`: another sentence of the document (the narrative day of the paragraph, "the city" named just
 *   before, the battle told in the previous sentence); `source` is that sentence;
 * - `dateline`: the place in the wire dateline ("TRIPOLI (Reuters) -");
 * - `publication`: the publication date, for a report of the day that gives no date (month precision).
 */
export const Inference = z.object({
  from: z.enum(['context', 'dateline', 'publication']),
  source: Source.optional(),
});

export const ActorKind = z.enum(['person', 'armed-group', 'government', 'organisation', 'other']);

/** A person, armed group, government or organisation, with the aliases that were merged into it. */
export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
});

export const Event = z.object({
  /** Stable while its first source sentence is unchanged: a hash of that sentence and the event trigger. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  type: EventType,
  /** ACLED sub-event type or diplomacy kind, e.g. `armed-clash`, `air-drone-strike`, `meeting`. */
  subType: z.string(),
  date: EventDate.nullable(),
  place: EventPlace.nullable(),
  /** Actor ids, see `Dataset.actors`. */
  actors: z.array(z.string()),
  certainty: Certainty,
  sources: z.array(Source).min(1),
  /** Set when the date or the place was inferred from the document rather than read in the event's sentence. */
  inferred: z.object({ date: Inference.optional(), place: Inference.optional() }).optional(),
  /** Set when a newsroom sidecar (`seeds/<name>.events.yaml`) corrected or added the event. */
  edited: z.boolean().optional(),
  /**
   * `true` when an editor checked the event in its sidecar: accepted as extracted, corrected or added.
   * Absent: not reviewed yet. Rejected (suppressed) events are not in the dataset at all.
   */
  reviewed: z.boolean().optional(),
});

export const Document = z.object({
  id: z.string(),
  /** Path from the repository root, e.g. `seeds/x.txt`. */
  file: z.string(),
  title: z.string(),
  /** Publication date, `YYYY-MM-DD`, or null when the document has none. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.string().optional(),
  language: z.string().optional(),
  /**
   * The full text as read; `Source.start`/`end` index into it. The compiler always sets it; a build that
   * delivers texts on demand moves it to `textFile` instead (see src/node/datasetAssets.ts).
   */
  text: z.string().optional(),
  /** A file beside the dataset's JSON holding `text`, fetched when the reader opens the document. */
  textFile: z.string().optional(),
});

export const Severity = z.enum(['error', 'warning', 'info']);

/** Bad input is data: every problem names its file and 1-based line (and column when known). */
export const Diagnostic = z.object({
  severity: Severity,
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive().optional(),
  message: z.string(),
});

/** One stop of an authored story (`seeds/story.yaml`): the event to show and what to say about it. */
export const StoryStep = z.object({
  eventId: z.string(),
  caption: z.string().optional(),
});

/** An authored walk through the events for story mode; without one, the story is the events by date. */
export const Story = z.object({
  title: z.string().optional(),
  steps: z.array(StoryStep),
});

export const Dataset = z.object({
  version: z.literal(1),
  documents: z.array(Document),
  events: z.array(Event),
  actors: z.array(Actor),
  diagnostics: z.array(Diagnostic),
  story: Story.optional(),
});

export type DatePrecision = z.infer<typeof DatePrecision>;
export type EventDate = z.infer<typeof EventDate>;
export type PlacePrecision = z.infer<typeof PlacePrecision>;
export type EventPlace = z.infer<typeof EventPlace>;
export type Certainty = z.infer<typeof Certainty>;
export type EventType = z.infer<typeof EventType>;
export type CasualtyHedge = z.infer<typeof CasualtyHedge>;
export type CasualtyFigure = z.infer<typeof CasualtyFigure>;
export type Casualties = z.infer<typeof Casualties>;
export type Source = z.infer<typeof Source>;
export type Inference = z.infer<typeof Inference>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type Event = z.infer<typeof Event>;
export type Document = z.infer<typeof Document>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type StoryStep = z.infer<typeof StoryStep>;
export type Story = z.infer<typeof Story>;
export type Dataset = z.infer<typeof Dataset>;
