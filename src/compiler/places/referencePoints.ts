import type { PlacePrecision } from '../schema.ts';
import type { PlaceKind, PlaceMention } from './PlaceMention.ts';
import { nameEndingAt } from './unknownName.ts';

/**
 * Landmarks of a relative location. In "seized Gharyan, about 80 km south of Tripoli", "Sirte, 256 km east
 * of Misrata", "Marib lies some 120 km east of the capital Sanaa", "Tajoura, near Tripoli" or "Tajoura, a
 * suburb of Tripoli", the second place only says where the first one lies: it is marked `reference`, and
 * keeps its own point so that a reader (or "the capital" later) can still find it.
 *
 * A neighbour named only to say which border is meant ("near the border with Turkey") is a landmark too.
 *
 * When the first name is one the gazetteer lacks ("Abu Qurayn, 100 km south of Misrata"), the relative
 * phrase is the best location there is: the mention becomes that place, approximate, named after it.
 */

/** A mention's relative phrase, as read by readRelativeLocation: where the name itself starts. */
export interface Located {
  mention: PlaceMention;
  /** Start of the place name inside the mention (after "80 km south of"); equals mention.start if none. */
  nameStart: number;
  /** Label of the relative phrase ("80 km S of", "near", "on the outskirts of"), if any. */
  label?: string;
  /** The landmark's own place and kind, before any offset. */
  landmark: PlaceMention['place'];
  landmarkKind?: PlaceKind;
}

const KIND_NOUN = String.raw`(?:town|city|village|oasis|port|base|camp|settlement|district|suburb|area|hamlet|neighbou?rhood|quarter|locality)`;
// Between the first place and a relative phrase: ", ", ", a small town ", " lies ", ", which is located ".
const BEFORE_RELATIVE = new RegExp(String.raw`(?:\s*,\s*(?:an?\s+(?:[a-z-]+\s+){0,2}?(${KIND_NOUN})\s+)?|\s*\(\s*|\s+)`
  + String.raw`(?:(?:which|that)\s+)?(?:(?:lies|is|sits|stands|was|lying|sitting)\s+)?(?:(?:located|situated)\s+)?$`);
// Between the first place and a plain landmark: ", a suburb of ", ", a village in ".
const BEFORE_PLAIN = new RegExp(String.raw`\s*,\s*an?\s+(?:[a-z-]+\s+){0,2}?(${KIND_NOUN})\s+(of|in)\s+(?:the\s+(?:city|town|capital)\s+(?:of\s+)?)?$`);
// Words before a name the gazetteer lacks that say it is a place: "in X", "seized X", "the town of X".
const PLACE_CUE = new RegExp(String.raw`(?:\b(?:in|at|near|from|into|outside|towards?|reached|entered|seized|captured|took|attacked|struck|hit|shelled|bombed|stormed|overran|recaptured|retook)\s+(?:the\s+)?|\b${KIND_NOUN}\s+of\s+)$`, 'i');

function kindOfNoun(noun: string | undefined, label: string | undefined): { precision: PlacePrecision; kind: PlaceKind } {
  if (noun && /suburb|district|area|neighbou?rhood|quarter/.test(noun)) return { precision: 'neighbourhood', kind: 'district' };
  if (noun === 'camp') return { precision: 'site', kind: 'camp' };
  if (noun === 'port' || noun === 'base') return { precision: 'site', kind: 'site' };
  if (!noun && label && /outskirts|edge/.test(label)) return { precision: 'neighbourhood', kind: 'district' };
  return { precision: 'city', kind: 'city' };
}

const CHAIN = /\s*,?\s*(?:and|or)\s+$/;
const BORDER_WITH = /\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$|\bbordering\s+$/i;

function makeReference(l: Located): void {
  const m = l.mention;
  m.reference = true;
  m.place = { ...l.landmark };
  if (l.landmarkKind) m.kind = l.landmarkKind;
  else delete m.kind;
}

/** A gazetteer town of this name near the landmark, if any: the guards for bare names do not apply here. */
export type NearbyLookup = (name: string, landmark: PlaceMention['place']) => { place: PlaceMention['place']; kind: PlaceKind } | undefined;

/**
 * Marks landmarks and names unknown places located by them; `located` is in text order. Returns the
 * mentions of towns found only thanks to their landmark ("Rimbo, north of Stockholm": a village too small
 * to be read from its bare name, but the one of that name near Stockholm).
 */
export function markReferences(sentence: string, located: Located[], nearby?: NearbyLookup): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (let k = 0; k < located.length; k++) {
    const l = located[k] as Located;
    const m = l.mention;
    if (m.modifier) continue;
    const before = sentence.slice(0, m.start);
    // "near the border with Turkey", "Libya's frontier with Egypt": the neighbour only names the border.
    if (BORDER_WITH.test(before.slice(-40))) {
      makeReference(l);
      continue;
    }
    const chained = k > 0 && located[k - 1]?.mention.reference && l.label && CHAIN.exec(before);
    if (chained && located[k - 1]?.mention.end === m.start - chained[0].length) {
      // "Sirte, 256 km east of Misrata and 549 km west of Benghazi": a second landmark of the same place.
      makeReference(l);
      continue;
    }
    const connector = (l.label ? BEFORE_RELATIVE : BEFORE_PLAIN).exec(before);
    if (!connector) continue;
    const firstEnd = m.start - connector[0].length;
    const first = located.slice(0, k).reverse().find((p) => p.mention.end === firstEnd || (p.mention.end === firstEnd - 1 && sentence[firstEnd - 1] === ')'));
    if (first) {
      // A country is where the landmark is, not a place it locates: "in Syria, near Aleppo".
      if (first.mention.place.precision === 'country') continue;
      makeReference(l);
      continue;
    }
    if (m.kind === 'country' || m.kind === 'region' || l.landmark.precision === 'country' || l.landmark.precision === 'region') continue;
    const name = nameEndingAt(sentence, firstEnd);
    if (!name || (!connector[1] && !PLACE_CUE.test(sentence.slice(Math.max(0, name.start - 40), name.start)))) continue;
    const known = nearby?.(name.text, l.landmark);
    if (known) {
      found.push({ text: name.text, start: name.start, end: name.end, place: known.place, kind: known.kind });
      makeReference(l);
      continue;
    }
    const { precision, kind } = kindOfNoun(connector[1], l.label);
    // "80 km S of Tripoli" (already the offset point's name), "near Tripoli", "suburb of Tripoli".
    const where = l.label
      ? (m.place.name.startsWith(l.label) ? m.place.name : `${l.label} ${l.landmark.name}`)
      : `${connector[1] ?? ''} ${connector[2] ?? 'of'} ${l.landmark.name}`;
    m.place = { ...m.place, name: `${name.text} (${where})`, precision, approximate: true };
    delete m.place.geonameId; // the point is the landmark's or an offset from it, not the named place's
    m.kind = kind;
    m.start = name.start;
    m.text = sentence.slice(m.start, m.end);
  }
  return found;
}
