import type { EventPlace, Source } from '../schema.ts';
import type { AnaphorKind } from './findPlaceAnaphora.ts';

/** A place the document has named, and the sentence that named it. */
export interface RememberedPlace {
  place: EventPlace;
  /** "capital" for a country's seat of government, from the place finder. */
  kind?: string;
  /** The sentence that named it; none for what the gazetteer knows without being told (a capital). */
  source?: Source;
  /** Index of the sentence in the document. */
  sentence: number;
}

/**
 * The places a document has named so far, most recent last: what "the city", "the area" or "the capital"
 * point back to. Only names that stand for places are remembered (not the landmark of another place's
 * relative location), including names used as modifiers ("Tawarga residents … their city").
 */
export interface PlaceMemory {
  remember(entry: RememberedPlace): void;
  /** The last place that fits the anaphor, or undefined. `country` is a demonym's country ("the Libyan capital"). */
  resolve(kind: AnaphorKind, sentence: number, country?: string, noun?: string): RememberedPlace | undefined;
}

/** How far back an anaphor reaches for a settlement or an area: news repeats its names often. */
const REACH = 12;

/** What the reference data knows about a country without the document naming it. */
export interface CountryFacts {
  capitalOf(cc: string): EventPlace | undefined;
  country(cc: string): EventPlace | undefined;
}

export function createPlaceMemory(mainCountry: string | undefined, facts: CountryFacts): PlaceMemory {
  const places: RememberedPlace[] = [];
  const mentions = new Map<string, number>();
  /**
   * The fitting place the story is most about among those named lately: a place named often beats one named
   * once in passing ("talks in Rimbo"), and between equals the latest wins.
   */
  const salient = (fits: (r: RememberedPlace) => boolean, sentence: number, reach = REACH) => {
    let best: RememberedPlace | undefined;
    let bestScore = -Infinity;
    const seen = new Set<string>();
    for (let i = places.length - 1; i >= 0; i--) {
      const r = places[i]!;
      if (sentence - r.sentence > reach) break;
      if (!fits(r) || seen.has(r.place.name)) continue;
      seen.add(r.place.name);
      const score = (mentions.get(r.place.name) ?? 1) + (sentence - r.sentence <= 1 ? 1.5 : 0) - i / 1000;
      if (score > bestScore) [best, bestScore] = [r, score];
    }
    return best;
  };
  const last = (fits: (r: RememberedPlace) => boolean, sentence: number, reach = REACH) => {
    for (let i = places.length - 1; i >= 0; i--) {
      const r = places[i]!;
      if (sentence - r.sentence > reach) return undefined;
      if (fits(r)) return r;
    }
    return undefined;
  };
  return {
    remember(entry) {
      places.push(entry);
      mentions.set(entry.place.name, (mentions.get(entry.place.name) ?? 0) + 1);
    },
    resolve(kind, sentence, country, noun = '') {
      switch (kind) {
        case 'facility': {
          // "the port" is a port or a port town, "the camp" a camp, "the airport" an airport or its town.
          const word = noun === 'airbase' ? 'base' : noun;
          const named = salient((r) => (r.place.precision === 'site' || r.place.precision === 'neighbourhood') && new RegExp(`\\b${word}\\b`, 'i').test(r.place.name), sentence);
          return named ?? salient((r) => r.place.precision === 'city', sentence);
        }
        case 'settlement':
          return salient((r) => r.place.precision === 'city' && (!country || r.place.country === country), sentence);
        case 'area':
          return salient((r) => r.place.precision !== 'country', sentence);
        case 'region':
          return salient((r) => r.place.precision === 'region', sentence);
        case 'capital': {
          const cc = country ?? mainCountry;
          const named = last((r) => r.kind === 'capital' && (!cc || r.place.country === cc), sentence, Infinity);
          if (named) return named;
          const place = cc ? facts.capitalOf(cc) : undefined;
          return place ? { place, kind: 'capital', sentence: -1 } : undefined;
        }
        case 'country': {
          const recent = last((r) => r.place.precision === 'country', sentence, 2);
          if (recent) return recent;
          const main = last((r) => r.place.precision === 'country' && r.place.country === mainCountry, sentence, Infinity);
          const place = main ? undefined : mainCountry ? facts.country(mainCountry) : undefined;
          return main ?? (place ? { place, sentence: -1 } : undefined);
        }
      }
    },
  };
}
