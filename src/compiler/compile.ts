import type { ActorEntry } from './actors/ActorEntry.ts';
import { actorListOf } from './actors/actorListOf.ts';
import { linkSurnames } from './actors/linkSurnames.ts';
import { isActorList, readActorList } from './actors/readActorList.ts';
import type { ParsedDocument } from './document/parseDocument.ts';
import type { Candidate } from './events/Candidate.ts';
import { eventId, numberCollisions } from './events/eventId.ts';
import { eventTitle } from './events/eventTitle.ts';
import { createMergeMemo, mergeDocuments, type MergeMemo } from './events/mergeDocuments.ts';
import { applyOverrides } from './overrides/applyOverrides.ts';
import { pairSidecars } from './overrides/pairSidecars.ts';
import { isSidecar } from './overrides/sidecarPath.ts';
import { defaultSettings, isProjectFile, readProjectFile, type ProjectSettings } from './project/readProjectFile.ts';
import { addDecisions, emptyDecided } from './review/reviewDecisions.ts';
import { reviewPayload } from './review/reviewPayload.ts';
import { heldBackMessage, reviewSummary } from './review/reviewSummary.ts';
import type { ReviewPayload, ReviewSummary } from './review/reviewTypes.ts';
import { isStoryFile, readStory } from './story/readStory.ts';
import { compareCodeUnits } from './compareCodeUnits.ts';
import type { GazetteerIndex } from './places/GazetteerIndex.ts';
import type { Readers } from './discourse/readDocument.ts';
import { createReaders, readArticle, type ArticleReading } from './readArticle.ts';
import { isStructured } from './structured/readStructured.ts';
import type { Dataset, Diagnostic, Event, Story } from './schema.ts';

/** A file as read by a shell: path from the repository root, and its text. */
export interface InputFile {
  path: string;
  text: string;
}

export interface CompileOptions {
  /** The prepared GeoNames index (see src/node/gazetteer). */
  gazetteer: GazetteerIndex;
  /** Actors to add to the curated list (besides those in a `seeds/actors.yaml` among the files). */
  actors?: ActorEntry[];
  /** Also return `reviewPayload`, what the dev server's review screen shows. */
  review?: boolean;
}

export interface CompileResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  /** Review progress per document, in document order (see `ReviewSummary`). */
  review: ReviewSummary[];
  /** Only with `options.review`: every document with its events as extracted and as decided (made when first read). */
  readonly reviewPayload?: ReviewPayload;
}

/**
 * A document to read: a .txt or .md article, or a structured source (.csv, .json, .geojson: rows read by
 * src/compiler/structured), not one of the project's own files.
 */
export function isArticle(path: string): boolean {
  return (/\.(txt|md|markdown)$/i.test(path) || isStructured(path)) && !isProjectPath(path);
}

const isProjectPath = (path: string) => isSidecar(path) || isActorList(path) || isStoryFile(path) || isProjectFile(path);

/** The actors every article is read with: `options.actors` and each `seeds/actors.yaml` among the files. */
export function readActorLists(files: readonly InputFile[], extra: readonly ActorEntry[] = []): { entries: ActorEntry[]; diagnostics: Diagnostic[] } {
  const entries = [...extra];
  const diagnostics: Diagnostic[] = [];
  // In path order (code units), not input order: the first list to name an actor decides its name (issue 16.1).
  for (const file of files.filter((f) => isActorList(f.path)).sort((a, b) => compareCodeUnits(a.path, b.path))) {
    const list = readActorList(file.path, file.text);
    entries.push(...list.entries);
    diagnostics.push(...list.diagnostics);
  }
  return { entries, diagnostics };
}

/**
 * Documents in, dataset out. Pure: no file system, no clock, no randomness; same input, same output.
 * Each article is read on its own (readArticle.ts), then everything across documents is assembled.
 * `memo`: what the previous compile assembled (`createAssemblyMemo`), written to by this one.
 * `readings` are articles already read by path (a shell's cache, worker threads): they must come from
 * the same text, actors, gazetteer and compiler; the rest is read here.
 */
export function compile(files: InputFile[], options: CompileOptions & { readings?: ReadonlyMap<string, ArticleReading>; memo?: AssemblyMemo }): CompileResult {
  const actorLists = readActorLists(files, options.actors);
  const diagnostics: Diagnostic[] = [...actorLists.diagnostics];
  let readers: Readers | undefined;
  const documents: ParsedDocument[] = [];
  const readings: ArticleReading[] = [];
  const ids = new Set<string>();

  const settings = readSettings(files, diagnostics);
  for (const file of [...files].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    if (isProjectPath(file.path)) continue;
    if (!isArticle(file.path)) {
      diagnostics.push({ severity: 'info', file: file.path, line: 1, message: 'not a document (.txt, .md, .csv, .json, .geojson): skipped' });
      continue;
    }
    const reading = options.readings?.get(file.path) ?? readArticle(file, (readers ??= createReaders(options.gazetteer, actorLists.entries)));
    // A .json that is no timeline is not a document: only its diagnostic says it was there.
    if (reading.skipped) {
      diagnostics.push(...reading.diagnostics);
      continue;
    }
    const doc = reading.document;
    if (ids.has(doc.id)) {
      diagnostics.push({ severity: 'error', file: file.path, line: 1, message: `another document already has the id "${doc.id}": rename one of them` });
      continue;
    }
    documents.push(doc);
    ids.add(doc.id);
    readings.push(reading);
    diagnostics.push(...reading.diagnostics);
  }

  // Documents are read apart; a bare surname takes the full name an earlier document gave it.
  const links = linkSurnames(readings.map((r) => r.people));
  const memo = options.memo ?? createAssemblyMemo();
  const documentsCandidates = readings.map((r, i) => ({ key: r.document.id, candidates: relinkActors(r.candidates, links[i]!, memo) }));
  const actorList = actorListOf(readings.map((r, i) => r.actors.map((a) => ({ ...a, id: links[i]!.get(a.id) ?? a.id }))));
  const names = new Map(actorList.map((a) => [a.id, a.name]));
  // A merged event keeps the id of its first candidate in document order; like events are numbered after
  // merging, so a report absorbed into another never shifts the suffixes.
  // The id is taken again from what the merged event finally is: which of its candidates came first (a
  // typo can add or drop one) must not move it.
  const merged = numberCollisions(mergeDocuments(documentsCandidates, memo.merge).map((c) => Object.assign(c, {
    id: eventId({ document: c.sources[0]?.document ?? '', type: c.type, date: c.date, place: c.place }),
  })));
  const triggers = new Map(merged.map((c) => [c.id, c.trigger]));
  const extracted: Event[] = merged.map((c) => ({
    id: c.id,
    title: eventTitle(c.label, c.place, names.get(c.actors[0] ?? '')),
    type: c.type,
    subType: c.subType,
    date: c.date,
    place: c.place,
    actors: c.actors,
    certainty: c.certainty,
    sources: c.sources,
    ...(c.inferred && (c.inferred.date || c.inferred.place) ? { inferred: c.inferred } : {}),
  }));
  // Editorial sidecars come last: they correct what the extractor produced, by the ids the app shows.
  let events = extracted;
  const decided = emptyDecided();
  const sidecars = pairSidecars(files, documents);
  diagnostics.push(...sidecars.diagnostics);
  for (const { sidecar, document } of sidecars.pairs) {
    const applied = applyOverrides(events, sidecar, document, { actors: actorList });
    events = applied.events;
    addDecisions(decided, applied.decisions);
    diagnostics.push(...applied.diagnostics);
  }
  const decidedEvents = events;
  const review = reviewSummary(documents, extracted, events.filter((e) => decided.added.has(e.id)), decided);
  // With `publish: reviewed`, what no editor has seen stays out, and the build says how much.
  const heldBack = new Set<string>();
  if (settings.publish === 'reviewed') {
    for (const e of events) if (!e.reviewed) heldBack.add(e.id);
    events = events.filter((e) => e.reviewed);
    for (const row of review) {
      if (row.unreviewed > 0) diagnostics.push({ severity: 'info', file: row.file, line: 1, message: heldBackMessage(row) });
    }
  }
  // The story is read last: it names events by the ids the sidecars may have changed or added.
  const story = readStoryFiles(files, events, heldBack, diagnostics);
  // The actors some event names: one pass over the events, not one per actor.
  const named = new Set(events.flatMap((e) => e.actors));
  const dataset: Dataset = {
    version: 1,
    documents: documents.map(({ id, file, title, published, source, language, text }) => ({
      id, file, title, published, text, ...(source ? { source } : {}), ...(language ? { language } : {}),
    })),
    events: sortByDate(events),
    actors: actorList.filter((a) => named.has(a.id)),
    diagnostics,
    ...(story ? { story } : {}),
  };
  const result: CompileResult = { dataset, diagnostics, review };
  if (options.review) {
    const sidecarPaths = new Map(sidecars.pairs.map((p) => [p.document.id, p.sidecar.path]));
    // Made when first read: the dev server compiles with review on at every save, and the review screen is
    // seldom open (0.2–0.4 s of a save at 10,000 articles). What it reads is not changed after this compile.
    let payload: ReviewPayload | undefined;
    Object.defineProperty(result, 'reviewPayload', {
      enumerable: true,
      get: () => (payload ??= reviewPayload({ documents, extracted, triggers, final: decidedEvents, decided, sidecars: sidecarPaths })),
    });
  }
  return result;
}

/** `seeds/atlas.yaml`, the project's settings; the defaults without one. */
function readSettings(files: InputFile[], diagnostics: Diagnostic[]): ProjectSettings {
  const found = files.filter((f) => isProjectFile(f.path)).sort((a, b) => compareCodeUnits(a.path, b.path));
  for (const extra of found.slice(1)) {
    diagnostics.push({ severity: 'warning', file: extra.path, line: 1, message: `only one project file is read, ${found[0]!.path}: this one is ignored` });
  }
  if (!found[0]) return defaultSettings;
  const read = readProjectFile(found[0].path, found[0].text);
  diagnostics.push(...read.diagnostics);
  return read.settings;
}

function readStoryFiles(files: InputFile[], events: readonly Event[], heldBack: ReadonlySet<string>, diagnostics: Diagnostic[]): Story | undefined {
  const storyFiles = files.filter((f) => isStoryFile(f.path)).sort((a, b) => compareCodeUnits(a.path, b.path));
  for (const extra of storyFiles.slice(1)) {
    diagnostics.push({ severity: 'warning', file: extra.path, line: 1, message: `story: only one story file is read, ${storyFiles[0]!.path}: this one is ignored` });
  }
  if (!storyFiles[0]) return undefined;
  const read = readStory(storyFiles[0].path, storyFiles[0].text, events, heldBack);
  diagnostics.push(...read.diagnostics);
  return read.story;
}

/**
 * By date, then id, in code units. One key per event, the date and the id joined by U+0000 (below any
 * character, so a shorter date still sorts first): the same order as comparing the two in turn, at a
 * fraction of the comparisons' cost over 100,000 events.
 */
function sortByDate(events: readonly Event[]): Event[] {
  const keyed = events.map((e) => ({ e, key: `${e.date?.start ?? '9999'}\u0000${e.id}` }));
  keyed.sort((a, b) => compareCodeUnits(a.key, b.key));
  return keyed.map((k) => k.e);
}

/**
 * Candidates with the actor ids `links` replaces; the shell's reading is left as it was (it may be cached).
 * Without links they are the reading's own: `mergeEvents` copies what it changes and never writes to its
 * input, so copying 170,000 candidates of a 10,000-article corpus here bought nothing.
 */
function relinkActors(candidates: readonly Candidate[], links: ReadonlyMap<string, string>, memo: AssemblyMemo): readonly Candidate[] {
  if (!links.size) return candidates;
  // The same array for the same reading and links, so the merge sees the document as unchanged.
  const signature = JSON.stringify([...links]);
  const known = memo.relinked.get(candidates);
  if (known?.links === signature) return known.candidates;
  const relinked = candidates.map((c) => ({ ...c, actors: [...new Set(c.actors.map((a) => links.get(a) ?? a))] }));
  memo.relinked.set(candidates, { links: signature, candidates: relinked });
  return relinked;
}

/**
 * What the last compile assembled, for the next one to redo only what changed: the merge by components
 * (events/mergeDocuments.ts) and the candidates relinked to full names. A shell that compiles again and
 * again (the dev server) keeps one; the output is the same with or without it (compileMemo.test.ts).
 */
export interface AssemblyMemo {
  merge: MergeMemo;
  relinked: WeakMap<readonly Candidate[], { links: string; candidates: readonly Candidate[] }>;
}

export function createAssemblyMemo(): AssemblyMemo {
  return { merge: createMergeMemo(), relinked: new WeakMap() };
}
