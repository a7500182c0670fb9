/**
 * The look of one event marker, from its type and how precisely its place is known. A site, neighbourhood
 * or city is a point: the type's filled shape. A region or a whole country is an area: a translucent
 * circle of about the region's size, with the shape drawn hollow at its centre, so the map does not claim
 * a precision the text never gave. A relative location ("50 km south of…") gets a dashed ring.
 */
import type { EventType, PlacePrecision } from '../compiler/schema.ts';
import { EVENT_TYPE_TABLE, type MarkerShape } from '../data/eventTypes.ts';

/** Radius of the area drawn for coarse places, in metres: a Libyan district, a country's core. */
export const AREA_RADIUS_M: Partial<Record<PlacePrecision, number>> = { region: 100_000, country: 400_000 };

export interface MarkerStyle {
  shape: MarkerShape;
  /** Icon edge in pixels. */
  size: number;
  className: string;
  /** Metres, for coarse places; null for points. */
  areaRadius: number | null;
}

const SIZE: Record<PlacePrecision, number> = { site: 18, neighbourhood: 18, city: 20, region: 20, country: 20 };

export function markerStyle(type: EventType, precision: PlacePrecision, approximate = false): MarkerStyle {
  const areaRadius = AREA_RADIUS_M[precision] ?? null;
  const classes = ['event-marker', `event-marker--${type}`, areaRadius === null ? 'event-marker--point' : 'event-marker--area'];
  if (approximate) classes.push('event-marker--approximate');
  return { shape: EVENT_TYPE_TABLE[type].shape, size: SIZE[precision], className: classes.join(' '), areaRadius };
}
