import { createActorFinder } from './actors/createActorFinder.ts';
import type { ActorEntry } from './actors/ActorEntry.ts';
import { isActorList, readActorList } from './actors/readActorList.ts';
import { parseDocument, type ParsedDocument } from './document/parseDocument.ts';
import type { Candidate } from './events/Candidate.ts';
import { eventTitle } from './events/eventTitle.ts';
import { mergeEvents } from './events/mergeEvents.ts';
import { applyOverrides } from './overrides/applyOverrides.ts';
import { pairSidecars } from './overrides/pairSidecars.ts';
import { isSidecar } from './overrides/sidecarPath.ts';
import { isStoryFile, readStory } from './story/readStory.ts';
import type { GazetteerIndex } from './places/GazetteerIndex.ts';
import { createPlaceFinder } from './places/createPlaceFinder.ts';
import { countryFacts } from './discourse/countryFacts.ts';
import { readDocument, type Readers } from './discourse/readDocument.ts';
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
}

export interface CompileResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
}

const isArticle = (path: string) => /\.(txt|md|markdown)$/i.test(path);

/** Documents in, dataset out. Pure: no file system, no clock, no randomness; same input, same output. */
export function compile(files: InputFile[], options: CompileOptions): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const places = createPlaceFinder(options.gazetteer);
  const extraActors = [...(options.actors ?? [])];
  for (const file of files.filter((f) => isActorList(f.path))) {
    const list = readActorList(file.path, file.text);
    extraActors.push(...list.entries);
    diagnostics.push(...list.diagnostics);
  }
  const actors = createActorFinder(extraActors);
  const readers: Readers = { places, actors, facts: countryFacts(options.gazetteer, places) };
  const documents: ParsedDocument[] = [];
  const ids = new Set<string>();
  const candidates: Candidate[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (isSidecar(file.path) || isActorList(file.path) || isStoryFile(file.path)) continue;
    if (!isArticle(file.path)) {
      diagnostics.push({ severity: 'info', file: file.path, line: 1, message: 'not a .txt or .md document: skipped' });
      continue;
    }
    const doc = parseDocument(file.path, file.text);
    if (ids.has(doc.id)) {
      diagnostics.push({ severity: 'error', file: file.path, line: 1, message: `another document already has the id "${doc.id}": rename one of them` });
      continue;
    }
    documents.push(doc);
    ids.add(doc.id);
    diagnostics.push(...doc.diagnostics);
    candidates.push(...readDocument(doc, readers, diagnostics));
  }

  const actorList = actors.actors();
  const names = new Map(actorList.map((a) => [a.id, a.name]));
  let events: Event[] = uniqueIds(mergeEvents(candidates)).map((c) => ({
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
  const sidecars = pairSidecars(files, documents);
  diagnostics.push(...sidecars.diagnostics);
  for (const { sidecar, document } of sidecars.pairs) {
    const applied = applyOverrides(events, sidecar, document, { actorIds: actorList.map((a) => a.id) });
    events = applied.events;
    diagnostics.push(...applied.diagnostics);
  }
  // The story is read last: it names events by the ids the sidecars may have changed or added.
  const story = readStoryFiles(files, new Set(events.map((e) => e.id)), diagnostics);
  const dataset: Dataset = {
    version: 1,
    documents: documents.map(({ id, file, title, published, source, language, text }) => ({
      id, file, title, published, text, ...(source ? { source } : {}), ...(language ? { language } : {}),
    })),
    events: events.sort(byDate),
    actors: actorList.filter((a) => events.some((e) => e.actors.includes(a.id))),
    diagnostics,
    ...(story ? { story } : {}),
  };
  return { dataset, diagnostics };
}

function readStoryFiles(files: InputFile[], eventIds: Set<string>, diagnostics: Diagnostic[]): Story | undefined {
  const storyFiles = files.filter((f) => isStoryFile(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  for (const extra of storyFiles.slice(1)) {
    diagnostics.push({ severity: 'warning', file: extra.path, line: 1, message: `story: only one story file is read, ${storyFiles[0]!.path}: this one is ignored` });
  }
  if (!storyFiles[0]) return undefined;
  const result = readStory(storyFiles[0].path, storyFiles[0].text, eventIds);
  diagnostics.push(...result.diagnostics);
  return result.story;
}

/** Two identical sentences in two documents would hash alike; the later one gets a suffix. */
function uniqueIds<T extends { id: string }>(events: T[]): T[] {
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  return events;
}

function byDate(a: Event, b: Event): number {
  return (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || a.id.localeCompare(b.id);
}
