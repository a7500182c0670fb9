import type { Diagnostic, Event, Severity } from '../schema.ts';
import { addedEventId } from './addedEventId.ts';
import { closestWord, didYouMean } from './closestWord.ts';
import { findQuote, type Span } from './findQuote.ts';
import { formatPath } from './formatPath.ts';
import { parseEntries, type Indexed } from './parseEntries.ts';
import { readSidecar } from './readSidecar.ts';
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
): { events: Event[]; diagnostics: Diagnostic[] } {
  const file = readSidecar(sidecar.path, sidecar.text);
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  const report = (severity: Severity, path: Path, message: string, at: 'key' | 'value' = 'value') =>
    diagnostics.push({ severity, file: sidecar.path, ...file.locate(path, at), message });
  if (file.value === undefined) return { events, diagnostics };
  const entries = parseEntries(file.value, (issue) => report('error', issue.path, issue.message, issue.at));

  const own = events.filter((e) => e.sources.some((s) => s.document === document.id)).map((e) => e.id);
  const ownIds = new Set(own);
  const actorIds = options.actorIds ? new Set(options.actorIds) : undefined;

  /** An id may only name an event this document is a source of: the sidecar edits its own article. */
  const isOwn = (path: Path, id: string): boolean => {
    if (ownIds.has(id)) return true;
    const elsewhere = events.find((e) => e.id === id);
    const where = elsewhere
      ? `; it comes from ${[...new Set(elsewhere.sources.map((s) => `document "${s.document}"`))].join(' and ')}, so edit it in that sidecar`
      : ` (${listIds(own)}${hint(closestWord(id, own))})`;
    report('error', path, `${formatPath(path)} "${id}": no event with this id comes from ${document.file}${where}`);
    return false;
  };

  /** Actor ids must name actors the dataset knows, or the app would show a dangling reference. */
  const actorsKnown = (path: Path, actors: readonly string[]): boolean => {
    if (!actorIds) return true;
    let ok = true;
    actors.forEach((actor, k) => {
      if (actorIds.has(actor)) return;
      ok = false;
      report('error', [...path, k], `${formatPath([...path, k])} "${actor}" is not a known actor id${didYouMean(actor, actorIds)}`);
    });
    return ok;
  };

  const suppressed = new Map<string, number>();
  for (const { index, entry } of entries.suppress) {
    const path = ['suppress', index, 'id'];
    if (!isOwn(path, entry.id)) continue;
    const earlier = suppressed.get(entry.id);
    if (earlier !== undefined) report('warning', path, `${formatPath(path)} "${entry.id}" is already suppressed by suppress[${earlier}]`);
    else suppressed.set(entry.id, index);
  }

  const corrections = new Map<string, Indexed<CorrectEntry>>();
  for (const item of entries.correct) {
    const { index, entry } = item;
    const path = ['correct', index, 'id'];
    if (!isOwn(path, entry.id)) continue;
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

  const kept = events
    .filter((e) => !suppressed.has(e.id))
    .map((e) => {
      const correction = corrections.get(e.id);
      return correction ? { ...e, ...changesOf(correction.entry), edited: true } : e;
    });

  const taken = new Set(events.map((e) => e.id));
  const added: Event[] = [];
  for (const { index, entry } of entries.add) {
    const event = addedEvent(entry, index);
    if (event) added.push(event);
  }
  // In file order, the way an editor reads them top to bottom.
  diagnostics.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { events: [...kept, ...added], diagnostics };

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
    };
  }
}

/** The fields a correction sets: everything it gives except the id it targets and the editor's reason. */
function changesOf(entry: CorrectEntry): Partial<Event> {
  const changes = Object.entries(entry).filter(([key, v]) => key !== 'id' && key !== 'reason' && v !== undefined);
  return Object.fromEntries(changes) as Partial<Event>;
}

function hint(near: string | undefined): string {
  return near ? `; did you mean "${near}"?` : '';
}

function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'it has no extracted events';
  const shown = ids.slice(0, 8).join(', ');
  return `its events: ${shown}${ids.length > 8 ? `, … ${ids.length} in all` : ''}`;
}
