import { COMMON_WORDS, NEVER_PLACE } from './notPlaceWords.ts';

/**
 * A capitalised name the gazetteer may not know ("Qasr Ahmad", "al-Hout", "Zamzam"), read from the text
 * around a known place. Up to four words, with Arabic articles and particles inside ("Souq al-Hout",
 * "Bir bin Ghanem"). Used only where the surrounding words already say it is a place.
 */
const WORD = String.raw`(?:(?:al|el|ad|as|ash|at|az|ar|an|ed|es|et|ez|er|en)-)?\p{Lu}[\p{L}\p{M}'’]*`;
const JOIN = String.raw`(?:[ -](?:(?:al|el|bin|ibn|abu|bu|bou|de|du|la|le|ad|as|ash|at|az|ar|an)[ -])?)`;
const NAME = String.raw`${WORD}(?:${JOIN}${WORD}){0,3}`;

const ENDING = new RegExp(String.raw`(${NAME})$`, 'u');
const STARTING = new RegExp(String.raw`^(${NAME})`, 'u');

export interface UnknownName {
  text: string;
  start: number;
  end: number;
}

/** Words that may start a sentence or a clause and are no names: "The", "Yesterday", "Meanwhile". */
function plausible(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => NEVER_PLACE.has(w) && w.length > 3)) return false;
  return !words.every((w) => COMMON_WORDS.has(w) || NEVER_PLACE.has(w));
}

/** The name that ends exactly at `end` (a leading "The" dropped), or undefined. */
export function nameEndingAt(text: string, end: number): UnknownName | undefined {
  const m = ENDING.exec(text.slice(Math.max(0, end - 60), end));
  if (!m?.[1]) return undefined;
  let name = m[1];
  let start = end - name.length;
  const the = /^The\s+/.exec(name);
  if (the) {
    name = name.slice(the[0].length);
    start += the[0].length;
  }
  return name && plausible(name) ? { text: name, start, end } : undefined;
}

/** The name that starts exactly at `start`, or undefined. */
export function nameStartingAt(text: string, start: number): UnknownName | undefined {
  const m = STARTING.exec(text.slice(start, start + 60));
  if (!m?.[1] || !plausible(m[1])) return undefined;
  return { text: m[1], start, end: start + m[1].length };
}
