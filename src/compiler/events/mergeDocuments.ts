import type { Candidate } from './Candidate.ts';
import { copy, mergeAcrossSentences, mergeWithinSentences } from './mergeEvents.ts';
import { storeKey, zoneOfKey } from './mergeIndex.ts';

/**
 * Merging as `mergeEvents` does it, over documents given apart, keeping what it needs to redo only part of
 * the work when few documents changed (the dev server after a save).
 *
 * Why a part can be redone alone: across sentences, a candidate looks only in the buckets of its zone (its
 * type, country and year, or its type and country's ranges: `zoneOfKey`), and an event is seen only in the
 * zones it was filed under. Zones that events join (one filed under two) are one component; components
 * never meet, so merging one component's candidates alone, in their corpus order, gives the very events
 * the whole merge gives them. After an edit, the components the edited documents' candidates were or are
 * in are merged again, and any component the new events reach into, until none does (none does today: an
 * event's date and place only ever get finer inside its zone; the check keeps that from being assumed).
 * The others keep their events. Undated candidates are never filed: each is an event of its own.
 *
 * The result is in the order the whole merge returns: by each event's first candidate in corpus order.
 */
export interface MergeMemo {
  state?: MergeState;
}

interface MergeState {
  documents: DocumentState[];
  /** Per zone (`zoneOfKey`), its component. */
  componentOf: Map<string, Component>;
}

interface DocumentState {
  key: string;
  /** The candidates as handed in: the same array next time means the same document. */
  candidates: readonly Candidate[];
  /** Merged within sentences, never written to (stage two merges copies). */
  sentences: Candidate[];
  areas: (string | undefined)[];
  /** Its undated candidates as events, with their order. */
  loose: Placed[];
}

interface Component {
  areas: Set<string>;
  events: Placed[];
}

interface Placed {
  event: Candidate;
  /** Where the event's first candidate is in corpus order: document index × 2^20 + its place there. */
  order: number;
}

const PER_DOCUMENT = 2 ** 20;

export function createMergeMemo(): MergeMemo {
  return {};
}

/**
 * `documents` in corpus order, each with a key (the document's id) and its candidates. Same events as
 * `mergeEvents(documents.flatMap((d) => d.candidates))`. The events returned are the memo's: a caller
 * may set their ids (compile.ts does), nothing else.
 */
export function mergeDocuments(documents: readonly { key: string; candidates: readonly Candidate[] }[], memo: MergeMemo = {}): Candidate[] {
  const before = memo.state;
  const same = before !== undefined && before.documents.length === documents.length && documents.length < PER_DOCUMENT
    && before.documents.every((d, i) => d.key === documents[i]!.key);
  const states: DocumentState[] = documents.map((d, i) => {
    const known = same ? before.documents[i]! : undefined;
    return known && known.candidates === d.candidates ? known : readDocument(d.key, d.candidates, i);
  });
  const componentOf = new Map<string, Component>();
  // Zones to merge again: every zone of a changed document, before and after, and their components.
  const again = new Set<string>();
  if (same) {
    for (const [c, component] of before.componentOf) componentOf.set(c, component);
    states.forEach((d, i) => {
      if (d === before.documents[i]) return;
      for (const area of [...before.documents[i]!.areas, ...d.areas]) if (area !== undefined) again.add(area);
    });
  } else {
    for (const d of states) for (const area of d.areas) if (area !== undefined) again.add(area);
  }
  const reached = (areas: Iterable<string>) => {
    let grew = false;
    for (const area of areas) {
      for (const a of componentOf.get(area)?.areas ?? [area]) {
        if (!again.has(a)) grew = true;
        again.add(a);
      }
    }
    return grew;
  };
  reached([...again]);
  for (;;) {
    const placed: Placed[] = [];
    const candidates: Candidate[] = [];
    states.forEach((d, i) => d.sentences.forEach((c, j) => {
      const area = d.areas[j];
      if (area === undefined || !again.has(area)) return;
      const mine = copy(c);
      candidates.push(mine);
      placed.push({ event: mine, order: i * PER_DOCUMENT + j });
    }));
    const { merged, keysOf } = mergeAcrossSentences(candidates);
    const founders = new Map(placed.map((p) => [p.event, p.order]));
    const filed = merged.map((event) => ({ event, areas: [...new Set(keysOf(event).map(zoneOfKey))] }));
    // An event that reached into a component not merged again: merge that one again too.
    if (reached(filed.flatMap((f) => f.areas).filter((a) => componentOf.has(a) && !again.has(a)))) continue;
    for (const area of again) componentOf.delete(area);
    joinComponents(filed.map((f) => ({ placed: { event: f.event, order: founders.get(f.event)! }, areas: f.areas })), componentOf);
    break;
  }
  memo.state = { documents: states, componentOf };
  const events: Placed[] = [];
  for (const component of new Set(componentOf.values())) events.push(...component.events);
  for (const d of states) events.push(...d.loose);
  return events.sort((a, b) => a.order - b.order).map((p) => p.event);
}

function readDocument(key: string, candidates: readonly Candidate[], index: number): DocumentState {
  const sentences = mergeWithinSentences(candidates);
  const areas = sentences.map((c) => (c.date ? zoneOfKey(storeKey(c)!) : undefined));
  // Undated: never filed, never found, so never merged across sentences; copies, as the merge would make.
  const loose = sentences.flatMap((c, j) => (areas[j] === undefined ? [{ event: copy(c), order: index * PER_DOCUMENT + j }] : []));
  return { key, candidates, sentences, areas, loose };
}

/** Components of the events merged again: areas joined by the events filed under several. */
function joinComponents(events: { placed: Placed; areas: string[] }[], componentOf: Map<string, Component>): void {
  const parent = new Map<string, string>();
  const root = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let x = a; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const { areas } of events) for (const a of areas) if (!parent.has(a)) parent.set(a, a);
  for (const { areas } of events) for (const a of areas.slice(1)) parent.set(root(a), root(areas[0]!));
  const byRoot = new Map<string, Component>();
  for (const a of parent.keys()) {
    const r = root(a);
    let component = byRoot.get(r);
    if (!component) byRoot.set(r, (component = { areas: new Set(), events: [] }));
    component.areas.add(a);
    componentOf.set(a, component);
  }
  for (const { placed, areas } of events) byRoot.get(root(areas[0]!))!.events.push(placed);
}
