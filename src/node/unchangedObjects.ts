/**
 * What a shell remembers of the objects of the last compile, to redo per object only what changed: the dev
 * server's save re-merges a few zones of 106,000 events, and validating or serialising every event again
 * would cost more than that compile (issue 12).
 *
 * An object is the same as before when it has the same key (an event's or a document's id) and the very same
 * properties, in the same order, each the same value or the same object (`===`). The compiler makes new
 * event objects at each compile but keeps the parts of the events it did not merge again (their date, place,
 * actors and sources are the merge memo's, mergeDocuments.ts), and it never writes into an object it has
 * handed out (compile.ts, mergeEvents.ts copy what they change), so the same parts mean the same content.
 */
export interface UnchangedObjects<T> {
  /** What was remembered for `object` under `key` at the last compile, if it is unchanged since. */
  get(key: string, object: object): T | undefined;
  /** Remembers `value` for this compile. */
  set(key: string, object: object, value: T): void;
  /** Ends a compile: only what this one got or set is kept (the dev server runs for hours). */
  next(): void;
}

interface Known<T> {
  parts: unknown[];
  value: T;
}

export function createUnchangedObjects<T>(): UnchangedObjects<T> {
  let before = new Map<string, Known<T>>();
  let now = new Map<string, Known<T>>();
  return {
    get(key, object) {
      const known = now.get(key) ?? before.get(key);
      if (!known || !sameParts(known.parts, object)) return undefined;
      now.set(key, known);
      return known.value;
    },
    set(key, object, value) {
      now.set(key, { parts: partsOf(object), value });
    },
    next() {
      before = now;
      now = new Map();
    },
  };
}

function partsOf(object: object): unknown[] {
  const parts: unknown[] = [];
  for (const key in object) if (Object.hasOwn(object, key)) parts.push(key, (object as Record<string, unknown>)[key]);
  return parts;
}

function sameParts(parts: readonly unknown[], object: object): boolean {
  let i = 0;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (parts[i] !== key || parts[i + 1] !== (object as Record<string, unknown>)[key]) return false;
    i += 2;
  }
  return i === parts.length;
}
