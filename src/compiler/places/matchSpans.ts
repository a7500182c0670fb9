import type { GazetteerIndex } from './GazetteerIndex.ts';
import { placeKey } from './foldPlaceName.ts';
import { lookupSpan, type SpanHit, type SpanLookups } from './lookupSpan.ts';
import { ARTICLES, CONNECTORS } from './notPlaceWords.ts';
import { tokenizeSentence, type Token } from './tokenizeSentence.ts';

/** A capitalised span that names something in one of the lookups, before any guard or ranking. */
export interface SpanMatch {
  start: number;
  end: number;
  key: string;
  hit: SpanHit;
  tokens: Token[];
  /** Index of the first and last token of the match, and of the capitalised run around it. */
  first: number;
  last: number;
  runStart: number;
  runEnd: number;
  /** Per token of `tokens`: 1 when a match that looks like a place covers it (shared by all matches). */
  covered: Uint8Array;
  /** The text is a title-case headline: capitals say nothing about names there. */
  titleCase: boolean;
}

// "Tripoli International Airport" is five tokens; longer names are organisations.
const MAX_TOKENS = 5;
// Lowercase facility words that curated names may continue with: "Jufra air base", "Ras Lanuf oil terminal".
const FACILITY_TAIL = /^ +((?:international |oil |air )?(?:air ?base|airbase|airport|terminal|port|refinery|field|complex|district|region))\b/i;

/** Joined into one name only by a single space, a hyphen or an apostrophe that is not a possessive. */
function joins(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.gapBefore === ' ' || t.gapBefore === '-' || t.gapBefore === '\u2011') return true;
  return /^['’]$/.test(t.gapBefore) && t.text !== 's';
}

/** "Jama" of "Jama'at": a span may not end where an apostrophe carries the word on (but "Sirte's" ends). */
function cutsWord(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && /^['’]$/.test(next.gapBefore) && next.text !== 's';
}

function inRun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (t.cap || CONNECTORS.has(t.text.toLowerCase()));
}

// Capitalised English words that are also transliterated Arabic articles: "As Ukraine announced…". The key
// of a name drops its article anyway ("As Sulaymaniyah" = "Sulaymaniyah"), so the span starts after it.
const ENGLISH_ARTICLE_LOOKALIKES = new Set(['As', 'At', 'An']);

/** A name may start with a capital, or with a hyphenated lowercase article: "al-Marj". */
function canStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (ENGLISH_ARTICLE_LOOKALIKES.has(t.text) && tokens[i + 1]?.gapBefore === ' ') return false;
  if (t.cap) return true;
  const next = tokens[i + 1];
  return ARTICLES.has(t.text) && !!next && next.cap && next.gapBefore === '-';
}

// A neighbouring name that is itself a sizeable place does not make a longer name: "Tripoli-Misrata road".
// Small GeoNames hits do not count: "Hun Sen" is a person even though both words are towns somewhere.
const NEIGHBOUR_PLACE_POPULATION = 15_000;

function looksLikePlace(hit: SpanHit, index: GazetteerIndex): boolean {
  if (hit.kind !== 'gazetteer') return hit.kind !== 'demonym';
  if (hit.fuzzy) return false;
  return hit.candidates.some((c) => (index.populations[c.place] ?? 0) >= NEIGHBOUR_PLACE_POPULATION);
}

/** Most longer words capitalised: "Clashes Erupt In Tripoli As Forces Advance". */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.text.length < 4) continue;
    words++;
    if (t.cap) capitalised++;
  }
  return words >= 4 && capitalised >= 0.7 * words;
}

/**
 * Finds names in `text`, longest first within each run of capitalised words (lowercase articles and
 * connectors allowed inside). One lookup per candidate span: no per-entry regex.
 */
export function matchSpans(text: string, lookups: SpanLookups): SpanMatch[] {
  const tokens = tokenizeSentence(text);
  const matches: SpanMatch[] = [];
  const covered = new Uint8Array(tokens.length);
  const titleCase = isTitleCase(tokens);
  let a = 0;
  while (a < tokens.length) {
    if (!canStart(tokens, a)) { a++; continue; }
    let b = a;
    while (inRun(tokens, b + 1) && joins(tokens, b + 1)) b++;
    while (b > a && !tokens[b]?.cap) b--; // a run never ends on a connector
    let i = a;
    while (i <= b) {
      if (!canStart(tokens, i)) { i++; continue; }
      let matched = false;
      for (let j = Math.min(b, i + MAX_TOKENS - 1); j >= i; j--) {
        const first = tokens[i] as Token;
        const last = tokens[j] as Token;
        if (!last.cap || cutsWord(tokens, j)) continue;
        const found = lookupSpan(text.slice(first.start, last.end), lookups);
        if (!found) continue;
        let end = last.end;
        let { key, hit } = found;
        const tail = FACILITY_TAIL.exec(text.slice(end, end + 30));
        const longer = tail ? lookups.supplement.get(placeKey(`${text.slice(first.start, end)} ${tail[1]}`)) : undefined;
        if (tail && longer) {
          end += tail[0].length;
          key = placeKey(text.slice(first.start, end));
          hit = { kind: 'supplement', entry: longer };
        }
        matches.push({ start: first.start, end, key, hit, tokens, first: i, last: j, runStart: a, runEnd: b, covered, titleCase });
        if (looksLikePlace(hit, lookups.gazetteer)) covered.fill(1, i, j + 1);
        i = j + 1;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
    a = b + 1;
  }
  return matches;
}
