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
 * Makes the data hold exactly `next`. Rows are updated in place rather than cleared and re-added, so vis
 * keeps their DOM (and a focused label stays focused) when only their group or class changed. An update
 * merges, so a row that lost a key (a range that became a point has no `end`) is replaced instead: a
 * stale `end` would redraw it as a range, and an `end: undefined` breaks vis's focus().
 */
export function syncData<T extends { id: string | number }>(data: DataLike<T>, next: readonly T[]): void {
  const stale = staleIds(data, next);
  const reshaped = next.filter((row) => {
    const old = data.get(row.id);
    return old !== null && Object.keys(old).some((key) => !(key in row));
  });
  if (stale.length > 0 || reshaped.length > 0) data.remove([...stale, ...reshaped.map((row) => row.id)]);
  data.update([...next]);
}
