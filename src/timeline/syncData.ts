/** The part of a vis-data DataSet the adapter writes to; tests pass a fake. */
export interface DataLike<T extends { id: string | number }> {
  getIds(): (string | number)[];
  get(id: string | number): T | null;
  /** Merges fields into existing rows (shallow) and adds new ones. */
  update(rows: T[]): unknown;
  remove(ids: (string | number)[]): unknown;
}

/** Ids the data holds that `next` lacks. */
export function staleIds<T extends { id: string | number }>(data: DataLike<T>, next: readonly T[]): (string | number)[] {
  const keep = new Set(next.map((row) => row.id));
  return data.getIds().filter((id) => !keep.has(id));
}

/**
 * Makes the data hold exactly `next`, writing only the rows whose object is not the one last written
 * (`written`, which the caller keeps between calls and this updates): vis redraws every row it is given,
 * and a window that slides keeps most of its items. Rows are updated in place rather than cleared and
 * re-added, so vis keeps their DOM (and a focused label stays focused). An update merges, so a row that lost
 * a key (a range that became a point has no `end`) is replaced instead: a stale `end` would redraw it as a
 * range, and an `end: undefined` breaks vis's focus().
 */
export function syncData<T extends { id: string | number }>(data: DataLike<T>, next: readonly T[], written: Map<string | number, T>): void {
  const keep = new Set(next.map((row) => row.id));
  const remove: (string | number)[] = [];
  for (const id of written.keys()) if (!keep.has(id)) remove.push(id);
  const changed = next.filter((row) => written.get(row.id) !== row);
  for (const row of changed) {
    const old = written.get(row.id);
    if (old && Object.keys(old).some((key) => !(key in row))) remove.push(row.id);
  }
  for (const id of remove) if (!keep.has(id)) written.delete(id);
  if (remove.length > 0) data.remove(remove);
  if (changed.length > 0) data.update(changed);
  for (const row of changed) written.set(row.id, row);
}
