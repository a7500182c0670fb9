import type { PlacePrecision } from '../schema.ts';
import type { PlaceKind } from './PlaceMention.ts';

/** A GeoNames populated place's kind: a national capital, a section of a city (PPLX), or a settlement. */
export function gazetteerKind(featureCode: string): PlaceKind {
  if (featureCode === 'PPLC') return 'capital';
  if (featureCode === 'PPLX') return 'district';
  return 'city';
}

/** A curated place's kind, from its precision; a site named as a camp is a camp. */
export function supplementKind(precision: PlacePrecision, names: readonly string[]): PlaceKind {
  if (precision === 'site') return names.some((n) => /\bcamp\b/i.test(n)) ? 'camp' : 'site';
  if (precision === 'neighbourhood') return 'district';
  if (precision === 'region') return 'region';
  if (precision === 'country') return 'country';
  return 'city';
}
