import { describe, expect, it } from 'vitest';
import type { PlacedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { buildClusterIndex, eventsIn } from './clusterIndex.ts';
import { clusterHolding } from './clusterHolding.ts';
import { clusterLayout } from './clusterLayout.ts';

/** A deterministic scatter: crowds around a few towns, so clusters nest across zooms. */
function scatter(count: number): PlacedEvent[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const towns = [[32.9, 13.2], [32.1, 20.1], [31.2, 16.6], [36.2, 37.1]] as const;
  return Array.from({ length: count }, (_, i) => {
    const [lat, lon] = towns[i % towns.length]!;
    return makeEvent(`e${i}`, { type: 'battles', title: `E${i}`, place: { name: 'Town', lat: lat + (random() - 0.5) * 3, lon: lon + (random() - 0.5) * 3, precision: 'city' } });
  });
}

describe('clusterHolding', () => {
  const events = scatter(400);
  const index = buildClusterIndex(events, 12);

  it('finds, at every zoom, the cluster that holds each event, as the cluster’s own leaves say', () => {
    for (const zoom of [2, 5, 8]) {
      const { clusters } = clusterLayout(index, [-180, -85, 180, 85], zoom);
      expect(clusters.length).toBeGreaterThan(0);
      for (const cluster of clusters) {
        for (const event of eventsIn(index, cluster.id, Infinity)) {
          expect(clusterHolding(index, clusters, event, zoom)).toBe(cluster.id);
        }
      }
    }
  });

  it('answers null for an event drawn on its own', () => {
    const { clusters, singles } = clusterLayout(index, [-180, -85, 180, 85], 9);
    expect(singles.length).toBeGreaterThan(0);
    for (const single of singles) expect(clusterHolding(index, clusters, single, 9)).toBeNull();
  });
});
