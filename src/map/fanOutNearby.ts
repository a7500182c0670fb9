/** Horizontal distance between fanned-out markers, in pixels: a marker's width plus a gap. */
export const FAN_STEP = 22;

const RING_FROM = 4;

/** The k-th of n places on a circle around the anchor, a marker's width apart, starting at the top. */
function onRing(anchor: ScreenPoint, k: number, n: number): [number, number] {
  const radius = Math.max(FAN_STEP, (n * FAN_STEP) / (2 * Math.PI));
  const angle = (2 * Math.PI * k) / n - Math.PI / 2;
  return [anchor.x + radius * Math.cos(angle), anchor.y + radius * Math.sin(angle)];
}

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Pixel offsets for markers that would overlap at the current zoom (the siege of a city and an
 * evacuation of one of its neighbourhoods), so each stays visible and clickable: the group is laid out
 * in a row centred on its first member, or, past four (a cluster the reader expanded), on a ring around
 * it, which stays compact. Markers alone get no entry. Larger crowds are clustered first (clusterLayout).
 */
export function fanOutNearby(points: readonly ScreenPoint[], radius = FAN_STEP): Map<string, [number, number]> {
  const offsets = new Map<string, [number, number]>();
  const taken = new Set<string>();
  for (const anchor of points) {
    if (taken.has(anchor.id)) continue;
    const group = points.filter((p) => !taken.has(p.id) && Math.hypot(p.x - anchor.x, p.y - anchor.y) < radius);
    for (const p of group) taken.add(p.id);
    if (group.length < 2) continue;
    group.forEach((p, k) => {
      const [x, y] = group.length > RING_FROM ? onRing(anchor, k, group.length) : [anchor.x + (k - (group.length - 1) / 2) * FAN_STEP, anchor.y];
      offsets.set(p.id, [Math.round(x - p.x), Math.round(y - p.y)]);
    });
  }
  return offsets;
}
