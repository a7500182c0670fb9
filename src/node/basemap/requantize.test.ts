import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { requantize } from './requantize.ts';

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as World;

/** Absolute coordinates of an arc's ends, in degrees. */
function ends(topology: World, index: number): number[] {
  const [sx, sy] = topology.transform!.scale;
  const [tx, ty] = topology.transform!.translate;
  let x = 0;
  let y = 0;
  const points = topology.arcs[index]!.map(([dx, dy]) => [(x += dx!) * sx + tx, (y += dy!) * sy + ty]);
  return [...points[0]!, ...points.at(-1)!];
}

describe('requantize', () => {
  const coarse = requantize(world, 10 / 3);

  it('keeps every country, its id and name', () => {
    const before = feature(world, world.objects.countries).features;
    const after = feature(coarse, coarse.objects.countries).features;
    expect(after.map((f) => [f.id, f.properties.name])).toEqual(before.map((f) => [f.id, f.properties.name]));
  });

  it('moves no arc end by more than a grid step, and leaves every arc two points at least', () => {
    const step = Math.max(...coarse.transform!.scale);
    for (let i = 0; i < world.arcs.length; i++) {
      const moved = ends(coarse, i).map((v, k) => Math.abs(v - ends(world, i)[k]!));
      expect(Math.max(...moved)).toBeLessThanOrEqual(step);
      expect(coarse.arcs[i]!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws fewer points', () => {
    const count = (t: World) => t.arcs.reduce((n, arc) => n + arc.length, 0);
    expect(count(coarse)).toBeLessThan(count(world));
  });
});
