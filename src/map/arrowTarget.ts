/** A marker (or cluster) the keyboard can reach, by its key and place. */
export interface RovingItem {
  key: string;
  lat: number;
  lon: number;
}

/** West to east, north to south on ties: the order of the markers along the map, and Home/End. */
export const westToEast = (a: RovingItem, b: RovingItem) => a.lon - b.lon || b.lat - a.lat || (a.key < b.key ? -1 : 1);
const northToSouth = (a: RovingItem, b: RovingItem) => b.lat - a.lat || a.lon - b.lon || (a.key < b.key ? -1 : 1);

/**
 * The marker an arrow key moves keyboard focus to from the one at `from`, as on the map: Right and Left
 * to the next marker east or west, Down and Up to the next south or north, wrapping at the ends; Home
 * and End to the westernmost and easternmost. Null for any other key (or no markers).
 */
export function arrowTarget(items: readonly RovingItem[], from: string, key: string): string | null {
  const order = key === 'ArrowUp' || key === 'ArrowDown' ? [...items].sort(northToSouth) : [...items].sort(westToEast);
  if (order.length === 0) return null;
  const at = order.findIndex((item) => item.key === from);
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
  if (key === 'Home') return order[0]!.key;
  if (key === 'End') return order.at(-1)!.key;
  if (step === 0) return null;
  return order[(Math.max(at, step < 0 ? 0 : -1) + step + order.length) % order.length]!.key;
}
