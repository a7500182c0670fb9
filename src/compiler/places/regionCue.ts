import { ADMIN_GENERIC_WORDS } from './adminAreaNames.ts';
import type { SpanMatch } from './matchSpans.ts';

/** A generic word next to a name that makes it an administrative area: "Idlib province", "province of al-Jawf". */
export interface RegionCue {
  /** The generic word, singular, as written after the name ("State", "Oblast") and lowercased before it. */
  generic: string;
  /** Where the mention ends: after a following generic word, else the name's end. */
  end: number;
  /** The generic word is the last word of the capitalised run ("North Darfur State"): not an organisation. */
  closesRun: boolean;
}

// Before the name only the unambiguous words, in lowercase: "the Islamic State of Iraq", "the Region of
// Murcia" and "Secretary of State" are no cue for what follows.
const BEFORE = new Set(['province', 'provinces', 'governorate', 'governorates', 'oblast', 'wilaya', 'region', 'state']);
// "Anbar and Nineveh provinces": the plural after the second name covers the first.
const LIST_TAIL = /^\s*(?:,|and|or)\s+(?:[A-Z][\p{L}'’-]*\s+|al-|el-|as-|ad-){1,4}(provinces|governorates|states|oblasts|regions)\b/u;

export function regionCue(m: SpanMatch, text: string): RegionCue | undefined {
  const { tokens, first, last, runEnd } = m;
  const after = tokens[last + 1];
  if (after && after.gapBefore === ' ' && ADMIN_GENERIC_WORDS.has(after.text.toLowerCase())) {
    // "the Kharkiv region of Ukraine" is still the region; "the Tripoli region's" too.
    return { generic: after.text.replace(/s$/, ''), end: after.end, closesRun: last + 1 === runEnd || !after.cap };
  }
  const of = tokens[first - 1];
  const word = tokens[first - 2];
  if (of?.text === 'of' && word && BEFORE.has(word.text) && of.gapBefore === ' ') {
    return { generic: word.text.replace(/s$/, ''), end: m.end, closesRun: false };
  }
  const list = LIST_TAIL.exec(text.slice(m.end, m.end + 80));
  if (list) return { generic: (list[1] ?? '').replace(/s$/, ''), end: m.end, closesRun: false };
  return undefined;
}
