import { describe, expect, it } from 'vitest';
import { clusterMarkers } from './clusterMarkers.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });

describe('clusterMarkers', () => {
  it('groups three or more markers in one cell into a cluster at their mean', () => {
    const { clusters, singles } = clusterMarkers([at('a', 10, 10), at('b', 20, 30), at('c', 30, 50), at('far', 500, 500)]);
    expect(clusters).toEqual([{ key: '0:0', ids: ['a', 'b', 'c'], x: 20, y: 30 }]);
    expect(singles.map((p) => p.id)).toEqual(['far']);
  });

  it('leaves pairs alone (fan-out handles them) and keeps input order', () => {
    const { clusters, singles } = clusterMarkers([at('z', 300, 0), at('a', 1, 1), at('b', 2, 2)]);
    expect(clusters).toEqual([]);
    expect(singles.map((p) => p.id)).toEqual(['z', 'a', 'b']);
  });

  it('never hides a kept marker (the selection, an expanded cluster)', () => {
    const points = [at('a', 1, 1), at('b', 2, 2), at('c', 3, 3), at('d', 4, 4)];
    const { clusters, singles } = clusterMarkers(points, { keep: new Set(['b']) });
    expect(clusters[0]?.ids).toEqual(['a', 'c', 'd']);
    expect(singles.map((p) => p.id)).toEqual(['b']);
    expect(clusterMarkers(points, { keep: new Set(['a', 'b']) }).clusters).toEqual([]);
  });

  it('uses absolute cells: points across a cell edge are not merged', () => {
    const { clusters } = clusterMarkers([at('a', 63, 0), at('b', 63, 1), at('c', 65, 0)]);
    expect(clusters).toEqual([]);
  });
});
