import { describe, expect, it } from 'vitest';
import type { EventType } from '../compiler/schema.ts';
import type { PlacedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { buildClusterIndex, countOf, eventsIn, expansionZoom, siteOf } from './clusterIndex.ts';
import { clusterLayout, type Bbox } from './clusterLayout.ts';

const WORLD: Bbox = [-180, -85, 180, 85];
const event = (id: string, type: EventType, lat: number, lon: number, name = 'Town'): PlacedEvent =>
  makeEvent(id, { type, title: `Title ${id}`, place: { name, lat, lon, precision: 'city' } });
/** `count` events at one place object, as a built dataset shares it; types cycle through `types`. */
function atPlace(prefix: string, count: number, lat: number, lon: number, types: EventType[] = ['battles']): PlacedEvent[] {
  const place = { name: prefix, lat, lon, precision: 'city' as const };
  return Array.from({ length: count }, (_, i) => ({ ...event(`${prefix}${i}`, types[i % types.length]!, lat, lon), place }));
}

describe('buildClusterIndex', () => {
  it('indexes places, not events: one site per point, holding its events and their count per type', () => {
    const tripoli = atPlace('t', 1000, 32.9, 13.2, ['battles', 'protests']);
    // Equal coordinates in another place object (another name for the same point) share the site.
    const alias = event('alias', 'riots', 32.9, 13.2, 'Tripoli centre');
    const misrata = atPlace('m', 10, 32.4, 15.1);
    const index = buildClusterIndex([...tripoli, alias, ...misrata], 12);
    expect(index.size).toBe(1011);
    expect(index.sites).toHaveLength(2);
    expect(index.tree.getClusters(WORLD, 13)).toHaveLength(2);
    const site = siteOf(index, alias)!;
    expect(site.events).toHaveLength(1001);
    expect(site.byType).toEqual({ battles: 500, protests: 500, riots: 1 });
    expect(siteOf(index, event('x', 'battles', 0, 0))).toBeNull();
  });

  it('counts a cluster of places in events, per type, and lists its events a slice at a time', () => {
    const events = [...atPlace('a', 7, 32.9, 13.2, ['battles', 'riots']), ...atPlace('b', 5, 32.8, 13.4, ['protests']), event('c', 'diplomacy', 32.7, 13.1)];
    const index = buildClusterIndex(events, 12);
    const { clusters, singles } = clusterLayout(index, WORLD, 3);
    expect(singles).toEqual([]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 13, total: 13, byType: { battles: 4, riots: 3, protests: 5, diplomacy: 1 } });
    expect(countOf(clusters[0]!.byType)).toBe(13);
    const all = eventsIn(index, clusters[0]!.id, Infinity);
    expect(all.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    // Any slice is the same slice of the whole, whether it starts inside a place or skips whole ones.
    for (const [limit, offset] of [[3, 0], [4, 5], [6, 7], [2, 12], [5, 11], [1, 13]] as const) {
      expect(eventsIn(index, clusters[0]!.id, limit, offset)).toEqual(all.slice(offset, offset + limit));
    }
    expect(eventsIn(index, 123456, 5)).toEqual([]);
  });

  it('reads a cluster from its earliest place: its first event is its earliest in the events given', () => {
    const north = atPlace('n', 4, 33.2, 13.2);
    const south = atPlace('s', 4, 32.6, 13.3);
    const index = buildClusterIndex([south[0]!, ...north, ...south.slice(1)], 12);
    const cluster = clusterLayout(index, WORLD, 3).clusters[0]!;
    expect(cluster.first.id).toBe('s0');
    expect(cluster.titles).toEqual(['Title s0', 'Title s1', 'Title s2']);
    expect(eventsIn(index, cluster.id, 5).map((e) => e.id)).toEqual(['s0', 's1', 's2', 's3', 'n0']);
  });

  it('a place with a crowd is a cluster of its own at every zoom, which only spreading can open', () => {
    const index = buildClusterIndex([...atPlace('t', 40, 32.9, 13.2), event('p', 'diplomacy', 48.9, 2.3)], 12);
    for (const zoom of [2, 8, 12]) {
      const { clusters, singles } = clusterLayout(index, WORLD, zoom);
      expect(clusters.map((c) => c.count)).toEqual([40]);
      expect(singles.map((e) => e.id)).toEqual(['p']);
      expect(expansionZoom(index, clusters[0]!.id)).toBe(Infinity);
    }
  });

  it('lays out markers and clusters in the order of the events given (by date in the app), not the tree’s', () => {
    const paris = event('p', 'diplomacy', 48.9, 2.3);
    const rome = event('r', 'diplomacy', 41.9, 12.5);
    const benghazi = atPlace('b', 5, 32.1, 20.1);
    const aden = atPlace('a', 5, 12.8, 45.0);
    const index = buildClusterIndex([rome, ...aden, paris, ...benghazi], 12);
    const { singles, clusters } = clusterLayout(index, WORLD, 8);
    expect(singles.map((e) => e.id)).toEqual(['r', 'p']);
    expect(clusters.map((c) => c.first.id)).toEqual(['a0', 'b0']);
  });

  it('two lone events close together stay markers: a crowd is at least three events', () => {
    const index = buildClusterIndex([event('a', 'battles', 32.9, 13.2), event('b', 'riots', 32.91, 13.21)], 12);
    const { clusters, singles } = clusterLayout(index, WORLD, 4);
    expect(clusters).toEqual([]);
    expect(singles.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('keeps its key for the same places, whatever their events, and clusters them the same way', () => {
    const first = buildClusterIndex([...atPlace('a', 7, 32.9, 13.2), ...atPlace('b', 5, 32.8, 13.4)], 12);
    const again = buildClusterIndex([...atPlace('b', 2, 32.8, 13.4), ...atPlace('a', 30, 32.9, 13.2)], 12);
    expect(again.key).toBe(first.key);
    expect(clusterLayout(again, WORLD, 3).clusters.map((c) => c.key)).toEqual(clusterLayout(first, WORLD, 3).clusters.map((c) => c.key));
    expect(buildClusterIndex(atPlace('a', 7, 32.9, 13.2), 12).key).not.toBe(first.key);
  });
});
