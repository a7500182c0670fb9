/** The part of a vis-data DataSet the adapter writes to; tests pass a fake. */
export interface DataLike<T extends { id: string | number }> {
  getIds(): (string | number)[];
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
 * keeps their DOM (and a focused label stays focused) when only their group or class changed.
 */
export function syncData<T extends { id: string | number }>(data: DataLike<T>, next: readonly T[]): void {
  const stale = staleIds(data, next);
  if (stale.length > 0) data.remove(stale);
  data.update([...next]);
}
