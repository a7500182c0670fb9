import type { Diagnostic, Event, Severity } from '../schema.ts';
import { addedEventId } from './addedEventId.ts';
import { didYouMean } from './closestWord.ts';
import { didYouMeanActor, type KnownActor } from './closestActor.ts';
import { didYouMeanEvent } from './closestEvent.ts';
import { findQuote, type Span } from './findQuote.ts';
import { formatPath } from './formatPath.ts';
import { parseEntries, type Indexed } from './parseEntries.ts';
import { readYaml } from '../yaml/readYaml.ts';
import type { AddEntry, CorrectEntry } from './sidecarEntries.ts';

/** The document a sidecar belongs to: `ParsedDocument` and the dataset's `Document` both fit. */
export interface OverriddenDocument {
  id: string;
  file: string;
  text: string;
  /** The parser's paragraphs (`ParsedDocument` has them): added quotes are then cut into sentences exactly as the extractor cuts them. */
  paragraphs?: readonly Span[];
}

export interface OverrideOptions {
  /** Known actor ids. When given, an actor id in `correct`/`add` that is not among them is an error. */
  actorIds?: Iterable<string>;
  /** Known actors with names and aliases: like `actorIds`, and "did you mean" then also finds `lna`'s id. */
  actors?: readonly KnownActor[];
}

/** What the sidecar decided about each event, by id: the review summary and the review screen read it. */
export interface ReviewDecisions {
  /** Accepted as extracted (and neither corrected nor suppressed). */
  accepted: string[];
  /** Suppressed: dropped from the dataset. */
  rejected: string[];
  corrected: string[];
  added: string[];
}

type Path = readonly PropertyKey[];

/**
 * Applies an editor's sidecar (`seeds/x.events.yaml`) to the events extracted from all documents: drops the
 * suppressed ones, changes the given fields of the corrected ones, appends the added ones. Pure, and a bad
 * entry is a diagnostic at its line and column: that entry is skipped, the rest still apply. The input
 * array and its events are never mutated.
 */
export function applyOverrides(
  events: Event[],
  sidecar: { path: string; text: string },
  document: OverriddenDocument,
  options: OverrideOptions = {},
): { events: Event[]; diagnostics: Diagnostic[]; decisions: ReviewDecisions } {
  const file = readYaml(sidecar.path, sidecar.text);
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  const decisions: ReviewDecisions = { accepted: [], rejected: [], corrected: [], added: [] };
  const report = (severity: Severity, path: Path, message: string, at: 'key' | 'value' = 'value') =>
    diagnostics.push({ severity, file: sidecar.path, ...file.locate(path, at), message });
  if (file.value === undefined) return { events, diagnostics, decisions };
  const entries = parseEntries(file.value, (issue) => report('error', issue.path, issue.message, issue.at));

  const ownEvents = events.filter((e) => e.sources.some((s) => s.document === document.id));
  const own = ownEvents.map((e) => e.id);
  const ownIds = new Set(own);
  const actorIds = options.actors ? new Set(options.actors.map((a) => a.id)) : options.actorIds ? new Set(options.actorIds) : undefined;
  // Every id the file names, so a stale entry's hint can skip events other entries already account for.
  const named = new Set([...entries.suppress, ...entries.correct, ...entries.accept].map((x) => x.entry.id));

  /**
   * An id may only name an event this document is a source of: the sidecar edits its own article. An id
   * that is gone (the sentence was edited into another event, or the id is misspelt) gets the closest
   * event of the document as a hint, judged by what the entry says besides the id.
   */
  const isOwn = (path: Path, id: string, says?: string): boolean => {
    if (ownIds.has(id)) return true;
    const elsewhere = events.find((e) => e.id === id);
    if (elsewhere) {
      const where = [...new Set(elsewhere.sources.map((s) => `document "${s.document}"`))].join(' and ');
      report('error', path, `${formatPath(path)} "${id}": no event with this id comes from ${document.file}; it comes from ${where}, so edit it in that sidecar`);
      return false;
    }
    const others = new Set([...named].filter((n) => n !== id));
    const hint = didYouMeanEvent({ id, ...(says ? { text: says } : {}), named: others }, ownEvents);
    report('error', path, `${formatPath(path)} "${id}": no event with this id comes from ${document.file} now${hint || ` (${listIds(ownEvents)})`}`);
    return false;
  };

  /** Actor ids must name actors the dataset knows, or the app would show a dangling reference. */
  const actorsKnown = (path: Path, actors: readonly string[]): boolean => {
    if (!actorIds) return true;
    let ok = true;
    actors.forEach((actor, k) => {
      if (actorIds.has(actor)) return;
      ok = false;
      const hint = options.actors ? didYouMeanActor(actor, options.actors) : didYouMean(actor, actorIds);
      report('error', [...path, k], `${formatPath([...path, k])} "${actor}" is not a known actor id${hint}`);
    });
    return ok;
  };

  const suppressed = new Map<string, number>();
  for (const { index, entry } of entries.suppress) {
    const path = ['suppress', index, 'id'];
    if (!isOwn(path, entry.id, entry.reason)) continue;
    const earlier = suppressed.get(entry.id);
    if (earlier !== undefined) report('warning', path, `${formatPath(path)} "${entry.id}" is already suppressed by suppress[${earlier}]`);
    else suppressed.set(entry.id, index);
  }

  const corrections = new Map<string, Indexed<CorrectEntry>>();
  for (const item of entries.correct) {
    const { index, entry } = item;
    const path = ['correct', index, 'id'];
    if (!isOwn(path, entry.id, [entry.title, entry.reason, entry.place?.name].filter(Boolean).join(' '))) continue;
    const earlier = corrections.get(entry.id);
    if (earlier) {
      report('error', path, `${formatPath(path)} "${entry.id}" is already corrected by correct[${earlier.index}]: merge the two entries`);
      continue;
    }
    if (suppressed.has(entry.id)) {
      report('warning', path, `${formatPath(path)} "${entry.id}" is also suppressed by suppress[${suppressed.get(entry.id)}]: this correction has no effect`);
      continue;
    }
    if (Object.keys(changesOf(entry)).length === 0) {
      report('warning', ['correct', index], `correct[${index}] changes nothing: give at least one of title, type, subType, date, place, certainty, actors`);
      continue;
    }
    if (entry.actors && !actorsKnown(['correct', index, 'actors'], entry.actors)) continue;
    corrections.set(entry.id, item);
  }

  // Accepted: the editor checked the event and it stays as extracted.
  const accepted = new Map<string, number>();
  for (const { index, entry } of entries.accept) {
    const path = ['accept', index, 'id'];
    if (!isOwn(path, entry.id, entry.reason)) continue;
    const earlier = accepted.get(entry.id);
    if (earlier !== undefined) report('warning', path, `${formatPath(path)} "${entry.id}" is already accepted by accept[${earlier}]`);
    else if (suppressed.has(entry.id)) report('warning', path, `${formatPath(path)} "${entry.id}" is also suppressed by suppress[${suppressed.get(entry.id)}]: it stays rejected; remove one of the two entries`);
    else accepted.set(entry.id, index);
  }

  const kept = events
    .filter((e) => !suppressed.has(e.id))
    .map((e) => {
      const correction = corrections.get(e.id);
      if (correction) return { ...e, ...changesOf(correction.entry), edited: true, reviewed: true };
      return accepted.has(e.id) ? { ...e, reviewed: true } : e;
    });
  decisions.rejected.push(...suppressed.keys());
  decisions.corrected.push(...corrections.keys());
  decisions.accepted.push(...[...accepted.keys()].filter((id) => !corrections.has(id)));

  const taken = new Set(events.map((e) => e.id));
  const added: Event[] = [];
  for (const { index, entry } of entries.add) {
    const event = addedEvent(entry, index);
    if (event) {
      added.push(event);
      decisions.added.push(event.id);
    }
  }
  // In file order, the way an editor reads them top to bottom.
  diagnostics.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { events: [...kept, ...added], diagnostics, decisions };

  function addedEvent(entry: AddEntry, index: number): Event | undefined {
    const path = ['add', index, 'quote'];
    const match = findQuote(document.text, entry.quote, document.paragraphs);
    if (!match) {
      report('error', path, `${formatPath(path)} is not found in ${document.file}: copy a sentence, or part of one, exactly (line breaks and curly quotes may differ)`);
      return undefined;
    }
    if (match.occurrences > 1) {
      report('warning', path, `${formatPath(path)} occurs ${match.occurrences} times in ${document.file}: the first, on line ${match.source.line}, is used; quote more of the sentence to choose another`);
    }
    if (!actorsKnown(['add', index, 'actors'], entry.actors)) return undefined;
    // Two events read from one sentence share a quote: number the later ones, as the compiler does.
    const base = addedEventId(document.id, entry.quote.replace(/\s+/g, ' '));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return {
      id,
      title: entry.title,
      type: entry.type,
      subType: entry.subType,
      date: entry.date,
      place: entry.place,
      actors: entry.actors,
      certainty: entry.certainty,
      sources: [{ document: document.id, ...match.source }],
      edited: true,
      reviewed: true,
    };
  }
}

/** The fields a correction sets: everything it gives except the id it targets and the editor's reason. */
function changesOf(entry: CorrectEntry): Partial<Event> {
  const changes = Object.entries(entry).filter(([key, v]) => key !== 'id' && key !== 'reason' && v !== undefined);
  return Object.fromEntries(changes) as Partial<Event>;
}

function listIds(events: readonly Event[]): string {
  if (events.length === 0) return 'it has no extracted events';
  const shown = events.slice(0, 8).map((e) => `${e.id} (${e.title})`).join(', ');
  return `its events: ${shown}${events.length > 8 ? `, … ${events.length} in all` : ''}`;
}
