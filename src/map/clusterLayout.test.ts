import { describe, expect, it } from 'vitest';
import type { EventType } from '../compiler/schema.ts';
import type { PlacedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { buildClusterIndex } from './clusterIndex.ts';
import { clusterLayout, type Bbox } from './clusterLayout.ts';

const event = (id: string, type: EventType, lat: number, lon: number): PlacedEvent =>
  makeEvent(id, { type, title: `Title ${id}`, place: { name: 'Town', lat, lon, precision: 'city' } });
const WORLD: Bbox = [-180, -85, 180, 85];
// Five events in Tripoli (three battles, two protests), one in Paris.
const tripoli = [
  event('t1', 'battles', 32.9, 13.2), event('t2', 'battles', 32.9, 13.2), event('t3', 'protests', 32.9, 13.2),
  event('t4', 'battles', 32.9, 13.2), event('t5', 'protests', 32.9, 13.2),
];
const paris = event('p1', 'diplomacy', 48.9, 2.3);
const index = buildClusterIndex([...tripoli, paris], 12);
const ids = (events: readonly PlacedEvent[]) => events.map((e) => e.id).sort();

describe('clusterLayout', () => {
  it('clusters a crowd with its count by type and first titles; a lone event stays a marker', () => {
    const { clusters, singles } = clusterLayout(index, WORLD, 4);
    expect(ids(singles)).toEqual(['p1']);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 5, total: 5, byType: { battles: 3, protests: 2 } });
    expect(clusters[0]!.titles).toHaveLength(3);
    expect(tripoli.map((e) => e.id)).toContain(clusters[0]!.first.id);
    expect(clusters[0]!.titles[0]).toBe(`Title ${clusters[0]!.first.id}`);
  });

  it('answers only for the box asked, plus the selection wherever it is', () => {
    const nearParis: Bbox = [0, 45, 5, 50];
    expect(clusterLayout(index, nearParis, 4).clusters).toEqual([]);
    expect(ids(clusterLayout(index, nearParis, 4).singles)).toEqual(['p1']);
    expect(ids(clusterLayout(index, nearParis, 4, { selected: tripoli[2]! }).singles)).toEqual(['p1', 't3']);
  });

  it('takes the selected event out of its cluster: drawn alone, and no longer counted or named there', () => {
    const { clusters, singles } = clusterLayout(index, WORLD, 4, { selected: tripoli[2]! });
    expect(ids(singles)).toEqual(['p1', 't3']);
    expect(clusters[0]).toMatchObject({ count: 4, total: 5, byType: { battles: 3, protests: 1 } });
    expect(clusters[0]!.titles).not.toContain('Title t3');
  });

  it('lets the rest stand alone when too few are left to cluster', () => {
    const small = buildClusterIndex(tripoli.slice(0, 3), 12);
    const { clusters, singles } = clusterLayout(small, WORLD, 4, { selected: tripoli[0]! });
    expect(clusters).toEqual([]);
    expect(ids(singles)).toEqual(['t1', 't2', 't3']);
  });

  it('draws a spread cluster’s first events alone at its zoom only, and keeps the rest clustered', () => {
    // Built here: an index keeps its key only when the one built just before holds the same places.
    const index = buildClusterIndex([...tripoli, paris], 12);
    const cluster = clusterLayout(index, WORLD, 12).clusters[0]!;
    const spread = { indexKey: index.key, zoom: 12, clusterId: cluster.id, shown: 2 };
    const opened = clusterLayout(index, WORLD, 12, { spread });
    expect(opened.singles).toHaveLength(3);
    expect(opened.clusters[0]).toMatchObject({ count: 3, total: 5 });
    // Another zoom, or an index of other places, closes it; an index of the same places (a timeline step
    // that changes only how many events each holds) keeps it open.
    expect(clusterLayout(index, WORLD, 11, { spread }).singles).toHaveLength(1);
    const fewer = clusterLayout(buildClusterIndex([...tripoli.slice(1), paris], 12), WORLD, 12, { spread });
    expect(fewer.singles).toHaveLength(5);
    expect(fewer.clusters).toHaveLength(0);
    expect(clusterLayout(buildClusterIndex([...tripoli, paris, event('r1', 'riots', 41.9, 12.5)], 12), WORLD, 12, { spread }).singles).toHaveLength(2);
  });

  it('past the deepest clustering zoom, every event is its own marker', () => {
    const { clusters, singles } = clusterLayout(index, WORLD, 13);
    expect(clusters).toEqual([]);
    expect(singles).toHaveLength(6);
  });
});
