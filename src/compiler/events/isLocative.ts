import type { PlaceMention } from '../places/PlaceMention.ts';

/** Optional flags the place finder may set on a mention (see places/PlaceMention.ts). */
interface Flags {
  modifier?: boolean;
  /** The landmark of a relative location that describes another place: "Gharyan, 80 km south of Tripoli". */
  reference?: boolean;
  kind?: string;
}

/** Nouns for people and units: "brigades from Misrata" says where they come from, not where they act. */
const fromPeople = /\b(?:brigades?|forces|fighters|militias?|militiamen|troops|soldiers|peacekeepers|personnel|staff|units?|residents|people|families|migrants|refugees|civilians|nationals|citizens|journalists|doctors|students|pilgrims|children|women|delegations?|officials|envoys?|aid workers?|workers|volunteers|men|tribes?|groups?|members|those|prisoners|detainees|hostages)\s+from\s+(?:the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+|coastal\s+|nearby\s+|neighbou?ring\s+)?(?:city|town|village|region|province)\s+of\s+)?$/iu;


/**
 * Whether a place mention says where something happened. Not: a place describing someone ("Tobruk-based",
 * "Libya's", "the envoy for Libya", "a company based in Benghazi", "brigades from Misrata"), an agent
 * ("proposed by Turkey"), a destination ("a ship bound for Benghazi"), the landmark of another place's
 * relative location, a capital standing for its government ("Washington has declared…"), or a country that
 * is not after a locative preposition ("Russia and Turkey brokered a deal" names actors).
 */
export function isLocative(sentence: string, p: PlaceMention & Flags): boolean {
  if (p.modifier || p.reference) return false;
  const after = sentence.slice(p.end, p.end + 16);
  if (/^(?:-(?:based|born|backed|led|bound|linked|allied|aligned|controlled|run|held))/i.test(after)) return false;
  // "Libya's oil company" describes; "Tripoli's Abu Salim district", "Tripoli's airport" locate.
  if (!p.text.includes(',') && /^['’]s?\b/.test(after) && !possessiveLocates(sentence.slice(p.end, p.end + 60))) return false;
  const before = sentence.slice(Math.max(0, p.start - 24), p.start);
  if (/\b(?:by|based in|headquartered in)\s+(?:the\s+)?$/i.test(before)) return false;
  // "called on Rwanda to withdraw", "urged Turkey to…": whom the words address.
  if (/\b(?:call|calls|called|calling|prevail|prevailed)\s+(?:up)?on\s+(?:the\s+)?$/i.test(before)) return false;
  if (/\b(?:bound|destined|heading|headed|en route)\s+(?:for|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(before)) return false;
  const plainName = /^(?:the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?(?:city|town|village|region|province)\s+of\s+)?\p{Lu}/u.test(p.text);
  if (plainName && fromPeople.test(sentence.slice(Math.max(0, p.start - 60), p.start))) return false;
  // "an agreement between Tawarga and Misrata", "fighting between Tripoli and Misrata": the parties.
  if (/\bbetween\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(before) || /\bbetween\s+(?:the\s+)?[\p{L}\s-]{1,40}\s+and\s+(?:the\s+)?$/iu.test(before)) return false;
  // The envoy's whereabouts are not the event's: "the envoy for Libya", "ambassador to Italy".
  if (/\b(?:envoy|representative|ambassador|coordinator|rapporteur)\s+(?:for|to)\s+(?:the\s+)?$/i.test(before)) return false;
  // Nor the source's: "according to hospital officials in Misrata", "officials in Misrata said".
  const source = /\b(?:officials?|sources?|witnesses|doctors|medics|activists|journalists?|correspondents?|reporters?|spokes(?:man|woman|person))\s+(?:in|from)\s+(?:the\s+)?$/i;
  const wide = sentence.slice(Math.max(0, p.start - 60), p.start);
  if (source.test(before) && (/according to\s+(?:[\w-]+\s+){0,4}$/i.test(wide.replace(source, '')) || /^\s*,?\s*(?:said|say|says|told|reported)\b/i.test(after))) {
    return false;
  }
  if (p.kind === 'capital' && standsForGovernment(sentence, p)) return false;
  if (p.place.precision === 'country') {
    return /\b(?:in|into|to|across|throughout|inside|within|over|from|at|near|around|on|against|of|towards?)\s+(?:the\s+|eastern\s+|western\s+|northern\s+|southern\s+|central\s+)?$/i.test(before);
  }
  return true;
}

/** "Washington builds a coalition", "…, Moscow said": a capital as the subject of a verb is its government. */
function standsForGovernment(sentence: string, p: PlaceMention): boolean {
  const before = sentence.slice(0, p.start);
  const subjectSlot = /(?:^|[,;:–—-]\s*|\b(?:and|but|as|while|that)\s+)$/.test(before) && !/\b(?:in|at|near|from|to|of)\s+$/i.test(before);
  const after = sentence.slice(p.end, p.end + 24);
  return subjectSlot && /^\s+(?:has|have|had|is|was|will|would|says|said|announced|declared|builds|built|starts|started|launched|warned|accused|denied|wants|sent|sends|imposed|agreed|rejected|\w+ed\b|\w+s\b)/i.test(after);
}

/** After "X's": a place inside X ("Martyrs' Square", "the Abu Salim district", "international airport"). */
function possessiveLocates(after: string): boolean {
  const rest = after.replace(/^['’]s?\s+/, '');
  if (/^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:square|district|neighbou?rhood|quarter|suburb|street|road|port|harbou?r|airport|camp|prison|hospital|university|area|province|governorate)\b/iu.test(rest)) return true;
  return /^(?:(?:old|new|main|international|central|eastern|western|northern|southern|second|third|largest|biggest)\s+){0,2}(?:city|centre|center|district|districts|neighbou?rhoods?|suburbs?|outskirts|airport|port|harbou?r|oil (?:fields?|terminals?|ports?)|coast|border|streets|quarters?|old city|university|hospital|prison|province)\b/i.test(rest);
}
