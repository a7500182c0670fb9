/**
 * What an anaphor points back to: a settlement ("the city", "the town"), the capital, any smaller or
 * vaguer area ("the area", "the camp", "there"), a region ("the province"), or the country.
 */
export type AnaphorKind = 'settlement' | 'capital' | 'area' | 'facility' | 'region' | 'country';

export interface PlaceAnaphor {
  text: string;
  start: number;
  end: number;
  kind: AnaphorKind;
  /** "the Libyan capital": the country a demonym names, when one stands before the noun. */
  demonym?: string;
  /** "their city", "its capital": the place of people or a thing just named. */
  possessive: boolean;
  /** The noun: "port", "camp", "airport" — a facility anaphor looks for a place of that kind. */
  noun: string;
  /**
   * "in the Shiha district": a named part of a town the story is about, whose town is not named in the
   * sentence. The anaphor resolves to that town and the part keeps its name.
   */
  part?: { name: string; precision: 'neighbourhood' | 'site' };
}

const NOUN_KIND: Record<string, AnaphorKind> = {
  city: 'settlement', town: 'settlement', village: 'settlement', port: 'facility', capital: 'capital',
  area: 'area', camp: 'facility', compound: 'area', district: 'area', neighbourhood: 'area', neighborhood: 'area',
  quarter: 'area', airport: 'facility', base: 'facility', airbase: 'facility', site: 'area', facility: 'area',
  province: 'region', governorate: 'region', region: 'region', country: 'country',
  // Parts of the town just named: "fighting reached the eastern outskirts", "shells hit the city centre".
  outskirts: 'settlement', suburbs: 'settlement', centre: 'settlement', center: 'settlement',
};

// "the city", "the same compound", "the coastal town", "their city", "the Libyan capital" — not "the city
// of Derna", "the capital of the Kokang zone" or "the capital Sanaa": those name their place (or say whose
// capital it is), and the place finder reads it.
const DEFINITE = /\b(?:the|this|that|its|their)\s+(?:(same|[a-z-]+|[A-Z][a-z]+)\s+)?(city|town|village|port|capital|area|camp|compound|district|neighbou?rhood|quarter|airport|air ?base|site|facility|province|governorate|region|country|outskirts|suburbs|centre|center)\b(?!\s+of\s+(?:the\s+)?\p{Lu})(?!\s+\p{Lu})(?!-)(?!\s+(?:district|council|hall|authorities|officials|government|police|limits|walls|dwellers|residents|authority|administration|director|manager|level|report|team|office|programme|program)\b)/gu;

// "there" as a place ("fighting there"), not the existential "there is", "there have been".
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|remains?|appears?|seems?|be|being|been)\b)/gi;

// Adjectives that describe the place in the phrase; anything else before the noun ("the main area of
// fighting", "the border area") makes a different place.
const ADJECTIVES = /^(?:same|coastal|northern|southern|eastern|western|central|besieged|embattled|battered|ruined|devastated|strategic|key|nearby|desert|mountain|mountainous|oil|port|frontline|rebel-held|government-held|militant-held|small|large|old|whole|entire|restive|flooded)$/;

// "the Shiha district", "the Salah al-Din neighbourhood", "the Ain Zara area": a capitalised name, then the
// kind of part, and no "of X" naming the town.
const PART = /\bthe\s+((?:\p{Lu}[\p{L}'’-]*|al|el|ad|ash|as|az)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al|el|ad|ash|as|az|bin|ibn)){0,3})\s+(district|neighbou?rhood|area|quarter|suburb|camp)\b(?!\s+of\s+\p{Lu})/gu;

// "Munzenze prison", "the Zobe junction", "Al-Shifa hospital": a named facility the gazetteer lacks, of a
// kind that stands inside a town, so in the town the story is about. Its name is capitalised and stands
// right before the kind of facility. Air bases, airfields and refineries often lie far outside any town:
// placing one at the story's town would be a guess.
const FACILITY = /\b((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|al|el|ad|ash|as|az|bin|ibn)){0,3})\s+((?:military\s+|central\s+|main\s+)?(?:prison|jail|hospital|stadium|university|palace|market|junction|roundabout|square)s?)\b(?!\s+of\s+\p{Lu})/gu;
// Words that open a sentence or a name and are no facility's name ("The prison", "Al-Shabaab's").
const NOT_FACILITY_NAME = /^(?:The|A|An|This|That|Its|Their|His|Her|In|At|On|From|Near|Outside|Inside|By|Rebels?|Troops|Forces|Government|Army|Military|State|National|Central|Main|International)$/;

/** Definite descriptions and "there" that point back to a place named earlier. */
export function findPlaceAnaphora(sentence: string): PlaceAnaphor[] {
  const found: PlaceAnaphor[] = [];
  for (const m of sentence.matchAll(DEFINITE)) {
    const modifier = m[1];
    const demonym = modifier && /^[A-Z]/.test(modifier) ? modifier : undefined;
    if (modifier && !demonym && !ADJECTIVES.test(modifier)) continue;
    const noun = m[2]!.toLowerCase().replace(' ', '');
    const kind = NOUN_KIND[noun] ?? 'area';
    const possessive = /^(?:its|their)\b/i.test(m[0]);
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind, possessive, noun, ...(demonym ? { demonym } : {}) });
  }
  for (const m of sentence.matchAll(PART)) {
    const noun = m[2]!.toLowerCase();
    const precision = noun === 'camp' ? 'site' : 'neighbourhood';
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'settlement', possessive: false, noun, part: { name: `${m[1]} ${noun}`, precision } });
  }
  for (const m of sentence.matchAll(FACILITY)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 0 && NOT_FACILITY_NAME.test(words[0]!)) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ');
    const start = m.index + m[0].indexOf(name);
    const noun = m[2]!.toLowerCase();
    found.push({ text: sentence.slice(start, m.index + m[0].length), start, end: m.index + m[0].length, kind: 'settlement', possessive: false, noun, part: { name: `${name} ${noun}`, precision: 'site' } });
  }
  for (const m of sentence.matchAll(THERE)) {
    if (m.index === 0) continue; // "There, …" opens a sentence about a place already in mind, rarely one named
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'area', possessive: false, noun: 'there' });
  }
  return found.sort((a, b) => a.start - b.start);
}
