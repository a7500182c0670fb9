import type { PlacePrecision } from '../schema.ts';
import { placeKey } from './foldPlaceName.ts';
import supplement from './supplement.json' with { type: 'json' };

/** A curated place GeoNames lacks or gets wrong (see supplement.json; every entry names its source). */
export interface SupplementPlace {
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  precision: PlacePrecision;
  country: string;
  source: string;
  note: string;
  /** The point is only good to a few km. */
  approximate?: boolean;
  /** A common personal or family name too: needs "district"/"neighbourhood" or its city nearby. */
  needsCue?: boolean;
  /** The city a neighbourhood belongs to. */
  within?: string;
  geonameId?: number;
}

export const SUPPLEMENT_PLACES: readonly SupplementPlace[] = supplement.places as SupplementPlace[];

/** placeKey of every name and alias → entry. Built once per process; ~150 keys. */
export const SUPPLEMENT_BY_KEY: ReadonlyMap<string, SupplementPlace> = new Map(
  SUPPLEMENT_PLACES.flatMap((p) => [p.name, ...p.aliases].map((n) => [placeKey(n), p] as const)),
);

/** geonameId → the English name news uses ("Misrata" for GeoNames' "Mişrātah"); see supplement.json. */
export const ENGLISH_NAMES: ReadonlyMap<number, string> = new Map(
  Object.entries(supplement.englishNames as Record<string, string>).map(([id, name]) => [Number(id), name]),
);
