import type { PlacePrecision } from '../compiler/schema.ts';

/**
 * How close story mode flies for a place: near enough to tell where it is, far enough to keep the coast,
 * borders and neighbouring cities of the bundled basemap (Natural Earth is coarse: closer shows blank land).
 * Web-mercator zoom levels.
 */
const ZOOM: Record<PlacePrecision, number> = { site: 9, neighbourhood: 9, city: 6, region: 5, country: 4 };

export const storyZoom = (precision: PlacePrecision): number => ZOOM[precision];
