/** Horizontal distance between fanned-out markers, in pixels: a marker's width plus a gap. */
export const FAN_STEP = 18;

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Pixel offsets for markers that would overlap at the current zoom (the siege of a city and an
 * evacuation of one of its neighbourhoods), so each stays visible and clickable: the group is laid out
 * in a row centred on its first member. Markers alone get no entry. Clustering is a later issue.
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
      const x = anchor.x + (k - (group.length - 1) / 2) * FAN_STEP;
      offsets.set(p.id, [Math.round(x - p.x), Math.round(anchor.y - p.y)]);
    });
  }
  return offsets;
}
