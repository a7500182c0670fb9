/**
 * Grid clustering in screen pixels, small and dependency-free: the world at the current zoom is cut into
 * square cells, and a cell holding at least `minSize` markers becomes one cluster at their mean position.
 * Smaller groups stay markers (fanOutNearby then spreads the ones that overlap). Markers in `keep` (the
 * selected event, a cluster the reader expanded) are never clustered, so they cannot hide.
 * Cells are absolute (aligned on the world's pixel origin), so a given zoom always gives the same clusters.
 */
import type { ScreenPoint } from './fanOutNearby.ts';

export interface ScreenCluster {
  /** Stable for a zoom: the cell. */
  key: string;
  ids: string[];
  x: number;
  y: number;
}

export interface ClusterOptions {
  cellSize?: number;
  minSize?: number;
  keep?: ReadonlySet<string>;
}

export const CLUSTER_CELL = 64;
export const CLUSTER_MIN = 3;

export function clusterMarkers(
  points: readonly ScreenPoint[],
  { cellSize = CLUSTER_CELL, minSize = CLUSTER_MIN, keep = new Set() }: ClusterOptions = {},
): { clusters: ScreenCluster[]; singles: ScreenPoint[] } {
  const cells = new Map<string, ScreenPoint[]>();
  const singles: ScreenPoint[] = [];
  for (const p of points) {
    if (keep.has(p.id)) {
      singles.push(p);
      continue;
    }
    const key = `${Math.floor(p.x / cellSize)}:${Math.floor(p.y / cellSize)}`;
    const cell = cells.get(key);
    if (cell) cell.push(p);
    else cells.set(key, [p]);
  }
  const clusters: ScreenCluster[] = [];
  for (const [key, members] of cells) {
    if (members.length < minSize) {
      singles.push(...members);
      continue;
    }
    const mean = (f: (p: ScreenPoint) => number) => members.reduce((sum, p) => sum + f(p), 0) / members.length;
    clusters.push({ key, ids: members.map((p) => p.id), x: mean((p) => p.x), y: mean((p) => p.y) });
  }
  // Singles in input order, so fan-out rows keep the dataset's order.
  const order = new Map(points.map((p, i) => [p.id, i]));
  singles.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { clusters, singles };
}
