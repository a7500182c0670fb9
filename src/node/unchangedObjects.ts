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
  /**
   * What was remembered for `object` under `key` at the last compile, if it is unchanged since. `index`: its
   * place in a list that keeps its order from compile to compile (the dataset's events, by date), looked at
   * first: most objects are where they were, or shifted as their neighbours were, and a look-up by key in a
   * map of 106,000 cost more than the comparison.
   */
  get(key: string, object: object, index?: number): T | undefined;
  /** What was remembered under `key` at the last compile (or this one), whatever the object now. */
  last(key: string): T | undefined;
  /** Remembers `value` for this compile (at `index` in the list, if it is one). */
  set(key: string, object: object, value: T, index?: number): void;
  /** Ends a compile: what this one neither got nor set is forgotten (the dev server runs for hours). */
  next(): void;
}

interface Known<T> {
  key: string;
  parts: unknown[];
  value: T;
  /** The last compile that got or set it, and its index in the list then. */
  seen: number;
  at: number;
}

export function createUnchangedObjects<T>(): UnchangedObjects<T> {
  // One map across compiles, each entry stamped with the compile that last used it: moving 106,000 entries
  // to a new map at every compile cost as much as comparing them.
  const known = new Map<string, Known<T>>();
  let compile = 0;
  let used = 0;
  // The list's entries at the last compile and at this one, and how far the list has shifted so far.
  let before: (Known<T> | undefined)[] = [];
  let now: (Known<T> | undefined)[] = [];
  let shift = 0;
  const stamp = (entry: Known<T>, index: number | undefined) => {
    if (entry.seen !== compile) used++;
    entry.seen = compile;
    if (index === undefined) return;
    if (entry.at >= 0) shift = entry.at - index;
    entry.at = index;
    now[index] = entry;
  };
  return {
    get(key, object, index) {
      const guess = index === undefined ? undefined : before[index + shift];
      const entry = guess?.key === key && guess.seen === compile - 1 ? guess : known.get(key);
      if (!entry || !sameParts(entry.parts, object)) return undefined;
      stamp(entry, index);
      return entry.value;
    },
    last: (key) => known.get(key)?.value,
    set(key, object, value, index) {
      const entry: Known<T> = { key, parts: partsOf(object), value, seen: -1, at: -1 };
      if (known.get(key)?.seen === compile) used--;
      known.set(key, entry);
      stamp(entry, index);
    },
    next() {
      // What this compile did not use goes, once it is a good part of the map (a scan per compile otherwise).
      if (known.size > used * 1.25 + 100) for (const [key, entry] of known) if (entry.seen !== compile) known.delete(key);
      compile++;
      used = 0;
      before = now;
      now = [];
      shift = 0;
    },
  };
}

// `for…in` without `Object.hasOwn`: these are plain objects (JSON-shaped, from object literals), with
// nothing enumerable on their prototype; the check cost a third of the comparison.
function partsOf(object: object): unknown[] {
  const parts: unknown[] = [];
  for (const key in object) parts.push(key, (object as Record<string, unknown>)[key]);
  return parts;
}

function sameParts(parts: readonly unknown[], object: object): boolean {
  let i = 0;
  for (const key in object) {
    if (parts[i] !== key || parts[i + 1] !== (object as Record<string, unknown>)[key]) return false;
    i += 2;
  }
  return i === parts.length;
}
