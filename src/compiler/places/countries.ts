import { placeKey } from './foldPlaceName.ts';
import type { CountryRecord } from './GazetteerIndex.ts';

export interface CountryLookup {
  /** placeKey of a country name or alternative spelling → country. */
  byName: Map<string, CountryRecord>;
  /** placeKey of a demonym, singular and plural ("libyan", "libyans") → country. */
  byDemonym: Map<string, CountryRecord>;
}

/**
 * English names news still uses that world-countries does not list (it follows official renamings,
 * e.g. "Türkiye"). Dotted forms are single tokens for the tokenizer ("U.S.").
 */
const EXTRA_NAMES: Record<string, string[]> = {
  TR: ['Turkey'], US: ['US', 'U.S.', 'U.S.A.'], GB: ['Britain', 'U.K.'], CV: ['Cabo Verde'], CZ: ['Czech Republic'],
};

export function buildCountryLookup(countries: CountryRecord[]): CountryLookup {
  const byName = new Map<string, CountryRecord>();
  const byDemonym = new Map<string, CountryRecord>();
  // Sovereign states first, so a name or demonym they share with a territory goes to the state.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    for (const n of [...c.names, ...(EXTRA_NAMES[c.cca2] ?? [])]) {
      // "the United Arab Emirates" and "United Arab Emirates" alike: the article is outside the span.
      const key = placeKey(n.replace(/^the\s+/i, ''));
      if (key.length >= 2 && !byName.has(key)) byName.set(key, c);
    }
    for (const d of c.demonyms) {
      const key = placeKey(d);
      if (key.length < 3) continue;
      if (!byDemonym.has(key)) byDemonym.set(key, c);
      if (!byDemonym.has(`${key}s`)) byDemonym.set(`${key}s`, c);
    }
  }
  return { byName, byDemonym };
}

