import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { districtTopology } from './districtTopology.ts';

const topology = {
  type: 'Topology',
  arcs: [[[0, 0], [1, 0], [0, 1], [-1, -1]]],
  objects: {
    lby: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: 'LY.GT', arcs: [[0]], properties: { name: 'Ghat' } }],
    },
  },
} as unknown as Topology<{ lby: GeometryCollection<{ name: string }> }>;

describe('districtTopology', () => {
  it('renames the object, drops the unreliable ids and adds Natural Earth label points', () => {
    const file = districtTopology(topology, { features: [{ properties: { name: 'Ghat', latitude: 25.920123, longitude: 10.42981 } }] }, 'test');
    expect(file.topology.objects.districts.geometries).toEqual([{ type: 'Polygon', arcs: [[0]], properties: { name: 'Ghat' } }]);
    expect(file.labels).toEqual([{ name: 'Ghat', lat: 25.9201, lon: 10.4298 }]);
    expect(file.source).toBe('test');
  });

  it('fails loudly when a district has no label point', () => {
    expect(() => districtTopology(topology, { features: [] }, 'test')).toThrow('No label point for Ghat.');
  });
});
