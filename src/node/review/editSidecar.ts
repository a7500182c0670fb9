import { isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import { spliceSections, type SectionSpan } from './spliceSections.ts';
import type { SidecarAction } from './SidecarAction.ts';

type Section = 'accept' | 'suppress' | 'correct' | 'add';

/**
 * Applies one review action to a sidecar's text and returns the new text (null: no file). Pure: text in,
 * text out. It edits the parsed YAML document in place rather than regenerating it, so an editor's
 * comments, blank lines, key order and quoting survive; an action that changes nothing returns the text
 * untouched, byte for byte.
 *
 * `correct` leaves `accept` as it is: an edit is itself a review (the compiler counts an edited event as
 * reviewed), and a reset removes both.
 */
export function editSidecar(text: string | null, action: SidecarAction, documentPath: string): string | null {
  if (action.type === 'restore') return action.text;
  const source = text ?? header(documentPath);
  // The core schema, as the compiler reads it: `2017-03` stays a plain string both ways.
  const doc: Document = parseDocument(source, { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0) {
    // Rewriting a file the parser only half understood could drop what it did not understand.
    throw new SidecarEditError(`the sidecar is not valid YAML (${doc.errors[0]?.message ?? 'parse error'}): fix it by hand first`);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) doc.contents = new YAMLMap();
  if (!isMap(doc.contents)) throw new SidecarEditError('the sidecar is not a map of sections (suppress, correct, add, accept)');

  const spans = sectionSpans(doc);
  const sections = ['accept', 'suppress', 'correct', 'add'] satisfies Section[];
  const before = sections.map((s) => JSON.stringify(doc.get(s)));
  apply(doc, action);
  const touched = new Set(sections.filter((s, i) => JSON.stringify(doc.get(s)) !== before[i]));
  if (touched.size === 0) return text;
  return spliceSections(source, doc, spans, touched);
}

/** Where each top-level key and its value sat in the text, read before any edit moves the nodes. */
function sectionSpans(doc: Document): SectionSpan[] {
  if (!isMap(doc.contents)) return [];
  return doc.contents.items.map((pair) => {
    const key = pair.key as Node;
    const value = pair.value as Node | null;
    return { key: String(isScalar(key) ? key.value : key), start: key.range?.[0] ?? 0, end: value?.range?.[1] ?? key.range?.[1] ?? 0 };
  });
}

/** A request the sidecar cannot take as it is: the endpoint answers it with a 4xx and this message. */
export class SidecarEditError extends Error {}

function header(documentPath: string): string {
  return `# Editorial review of ${documentPath.split('/').pop() ?? documentPath}: what the review screen of \`npm start\` wrote (docs/OVERRIDES.md).\n# Comments and order added by hand are kept.\n`;
}

/** Edits the document in place. What changed is read afterwards, by comparing the sections' data. */
function apply(doc: Document, action: Exclude<SidecarAction, { type: 'restore' }>): boolean {
  switch (action.type) {
    case 'accept': {
      const dropped = remove(doc, 'suppress', action.id);
      return append(doc, 'accept', action.id) || dropped;
    }
    case 'reject': {
      const dropped = remove(doc, 'accept', action.id);
      return reject(doc, action.id, action.reason) || dropped;
    }
    case 'reset':
      return [remove(doc, 'accept', action.id), remove(doc, 'suppress', action.id), remove(doc, 'correct', action.id)].some(Boolean);
    case 'correct': {
      const dropped = remove(doc, 'suppress', action.id);
      return correct(doc, action.id, action.fields) || dropped;
    }
    case 'add':
      return add(doc, action.entry);
  }
}

/** The id an item of a section names: a bare id, or the `id` of a map. */
function idOf(item: unknown): string | undefined {
  if (isScalar(item)) return item.value == null ? undefined : String(item.value);
  if (isMap(item)) {
    const value = item.get('id');
    return value == null ? undefined : String(value);
  }
  return undefined;
}

/** The section's list, or undefined when the file has none. `suppress:` with nothing under it is none. */
function existing(doc: Document, section: Section): YAMLSeq | undefined {
  const node = doc.get(section, true);
  return isSeq(node) ? node : undefined;
}

/** The section's list, created at the end of the file when missing (keeping a comment on an empty key). */
function sectionOf(doc: Document, section: Section): YAMLSeq {
  const found = existing(doc, section);
  if (found) return found;
  const node = doc.get(section, true);
  if (node !== undefined && !(isScalar(node) && node.value === null)) {
    throw new SidecarEditError(`"${section}" in the sidecar is not a list: fix it by hand first`);
  }
  const seq = new YAMLSeq();
  // `suppress:   # extracted events to drop` parses as a null carrying the comment: keep it on the list.
  if (isScalar(node) && node.comment) seq.commentBefore = node.comment;
  doc.set(section, seq);
  return seq;
}

function remove(doc: Document, section: Section, id: string): boolean {
  const seq = existing(doc, section);
  if (!seq) return false;
  const before = seq.items.length;
  seq.items = seq.items.filter((item) => idOf(item) !== id);
  if (seq.items.length === 0 && before > 0) {
    // An emptied list goes back to the template's `suppress:` with its comment, rather than `[]`.
    const empty = new Scalar(null);
    empty.source = '';
    if (seq.commentBefore) empty.comment = seq.commentBefore;
    doc.set(section, empty);
  }
  return seq.items.length !== before;
}

function append(doc: Document, section: Section, id: string): boolean {
  const seq = sectionOf(doc, section);
  if (seq.items.some((item) => idOf(item) === id)) return false;
  seq.items.push(doc.createNode(id));
  return true;
}

function reject(doc: Document, id: string, reason: string | undefined): boolean {
  const seq = sectionOf(doc, 'suppress');
  const index = seq.items.findIndex((item) => idOf(item) === id);
  const item = seq.items[index];
  if (item === undefined) {
    seq.items.push(doc.createNode(reason ? { id, reason } : id));
    return true;
  }
  // Already rejected: only a new reason changes anything.
  if (!reason) return false;
  if (isMap(item)) {
    if (item.get('reason') === reason) return false;
    item.set('reason', reason);
  } else {
    seq.items[index] = doc.createNode({ id, reason });
  }
  return true;
}

function correct(doc: Document, id: string, fields: Record<string, unknown>): boolean {
  const seq = sectionOf(doc, 'correct');
  let entry = seq.items.find((item) => idOf(item) === id);
  if (!isMap(entry)) {
    entry = doc.createNode({ id }) as YAMLMap;
    seq.items.push(entry);
  }
  const map = entry as YAMLMap;
  let changed = false;
  for (const [key, value] of Object.entries(fields)) {
    const current: unknown = map.get(key, true);
    const plain = isCollection(current) || isScalar(current) ? (current as Node).toJSON() : current;
    if (map.has(key) && JSON.stringify(plain) === JSON.stringify(value)) continue;
    map.set(key, compact(doc, value));
    changed = true;
  }
  return changed;
}

function add(doc: Document, entry: Record<string, unknown>): boolean {
  const seq = sectionOf(doc, 'add');
  // The same entry sent twice (a double click, a retried request) is one event, not two.
  const same = JSON.stringify(entry);
  if (seq.items.some((item) => isMap(item) && JSON.stringify(item.toJSON()) === same)) return false;
  const map = new YAMLMap();
  for (const [key, value] of Object.entries(entry)) map.set(key, compact(doc, value));
  seq.items.push(map);
  return true;
}

/** A field's value as a node; dates, places and actor lists on one line, as docs/OVERRIDES.md writes them. */
function compact(doc: Document, value: unknown): Node {
  const node = doc.createNode(value);
  if (isCollection(node)) node.flow = true;
  return node;
}
