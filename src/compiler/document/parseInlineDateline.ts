import { monthNumber, monthPattern } from './monthNames.ts';
import { NEWS_AGENCY } from './newsAgencies.ts';

/**
 * A wire or press-release dateline at the start of a paragraph: `TRIPOLI (Reuters) -`, `Tunis —`,
 * `TRIPOLI, April 4 (Reuters) -`, `London, 21 June 2020:`, `15 May 2015 –`, `Derna (Libya) |`, and the
 * release styles `(Beirut) –`, `GENEVA (2 July 2019) –`, `DUBAI: …`.
 */
export interface InlineDateline {
  /** The place as written ("TRIPOLI", "Tunis"); absent for `(Reuters) -` and `15 May 2015 –`. */
  place?: string;
  /** The date it carries; `y` is absent when it was written without a year ("April 4"). */
  date?: { y?: number; m: number; d: number };
  /** Characters of the dateline itself, separator included. */
  end: number;
  /** Where the text after it starts (the separator's trailing spaces skipped). */
  length: number;
  /**
   * Read on capitals before a colon alone ("DUBAI: …"), a shape that a speaker's name in an interview
   * also has: only trusted at the very start of a story.
   */
  weak?: true;
}

type DayOfYear = NonNullable<InlineDateline['date']>;

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+';
// "April 4", "April 4, 2019", "4 April 2019", "29th Jun, 2020", "Wednesday, April 4".
const DATE = new RegExp(
  `^(?:${WEEKDAY})?(?:(?<month>${monthPattern})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>${monthPattern})\\.?)` +
    '(?:,?\\s+(?<year>(?:19|20)\\d\\d))?(?!\\w)',
  'i',
);

// A place written in capitals (TRIPOLI, DAR ES SALAAM, AL-BAYDA) or in title case (Tunis, Ras Lanuf, Sana'a).
// Joint datelines are written with a slash: "ADEN/RIYADH", "AMMAN/NEW YORK".
const CAPS_PLACE = /^[A-Z][A-Z'’./-]+(?:\s+[A-Z][A-Z'’./-]+){0,3}(?!\p{L})/u;
const TITLE_PLACE = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-](?:\p{Lu}[\p{Ll}'’-]+|al|el|de|du|es|of|upon)){0,3}(?!\p{L})/u;
// Words that open ordinary sentences, or slugs, never a dateline place.
const NOT_A_PLACE = new RegExp(
  '^(?:the|a|an|in|on|at|by|for|from|to|of|but|and|or|so|yet|as|after|before|when|while|if|since|until|meanwhile|however|' +
    'this|that|these|those|it|he|she|they|we|i|you|his|her|their|our|its|my|there|here|what|who|why|how|' +
    'update|updated|breaking|exclusive|analysis|factbox|watch|video|photos?|live|opinion|editorial|comment|interview|' +
    'timeline|explainer|feature|refile|corrected|correction|clarification|urgent|flash|note|warning|read|related|' +
    'fact|factcheck|profile|insight|wrapup|rpt|special|view|column|review|poll|graphic|snapshot|focus|debate|' +
    'investigation|obituary|brief|briefing|recap|quicktake|podcast|listen|more|exclusive|sponsored|advertisement|' +
    `(?:mon|tues|wednes|thurs|fri|satur|sun)day|${monthPattern})$`,
  'i',
);
// The separator: a dash (hyphen, en, em, doubled hyphen), a colon or a pipe. Hard-wrapped copy may put
// the story on the next line.
const SEPARATOR = /^\s*(--|[-–—|:])\s*/;
// After the separator comes the story: a capital, a digit or an opening quote; or nothing (alone on a line).
const STORY_START = /^(?:$|["“‘'(\p{Lu}\d])/u;

function readDate(text: string): { date: DayOfYear; length: number } | null {
  const m = DATE.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const month = monthNumber.get((g.month ?? g.month2 ?? '').toLowerCase());
  const day = Number(g.day ?? g.day2);
  if (!month || day < 1 || day > 31) return null;
  const date: DayOfYear = { m: month, d: day };
  if (g.year) date.y = Number(g.year);
  return { date, length: m[0].length };
}

/** A parenthesis after the place: an agency "(Reuters)", a country "(Libya)", or both with a date. */
function readParenthesis(text: string): { inner: string; length: number } | null {
  const m = /^\s*,?\s*\(([^()\n]{1,70})\)/.exec(text);
  if (!m) return null;
  const inner = m[1]!.trim();
  // An agency or a country is a name: it starts with a capital and holds no sentence. A release may put
  // its date there instead: "GENEVA (2 July 2019) –".
  if (!/^\p{Lu}/u.test(inner) && !readDate(inner)) return null;
  if (/[.!?]\s/.test(inner)) return null;
  return { inner, length: m[0].length };
}

/** A date anywhere in an agency parenthesis: "(Some Outlet / Wire - 29th Jun, 2020 )". */
function dateIn(inner: string): DayOfYear | undefined {
  for (let i = 0; i < inner.length; i++) {
    if (i > 0 && /\w/.test(inner[i - 1]!)) continue;
    const found = readDate(inner.slice(i));
    if (found) return found.date;
  }
  return undefined;
}

function initials(name: string): string {
  return name.split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
}

function separatorAt(text: string, at: number): { sep: string; end: number; length: number } | null {
  const m = SEPARATOR.exec(text.slice(at));
  if (!m) return null;
  if (!STORY_START.test(text.slice(at + m[0].length))) return null;
  return { sep: m[1]!, end: at + m[0].trimEnd().length, length: at + m[0].length };
}

const firstWord = (name: string) => name.split(/[\s/-]/)[0]!;

/** A whole string that reads as a place name ("Beirut", "New York", "DAR ES SALAAM"). */
function isPlaceName(name: string): boolean {
  const m = CAPS_PLACE.exec(name) ?? TITLE_PLACE.exec(name);
  return m !== null && m[0].length === name.length && !NOT_A_PLACE.test(firstWord(name));
}

/**
 * Reads a dateline at the start of `text` (a paragraph, or a line that holds only the dateline). It is
 * deliberately strict: "Haftar — who…" or "Update: …" must not lose their first words. A place alone needs
 * capitals before a dash (`TUNIS -`) or an en/em dash (`Tunis —`); with an agency or country in brackets or
 * a date, any separator will do.
 */
export function parseInlineDateline(text: string): InlineDateline | null {
  if (text.length > 400) text = text.slice(0, 400);
  // "(Reuters) -" is an agency without a place; "(Beirut) –" and "(New York, 12 June 2019) –" are the
  // place (and date) of a rights group's or a UN release.
  const bracketed = /^\(\s*\p{Lu}[^()\n]{0,40}\)/u.exec(text);
  if (bracketed) {
    const sep = separatorAt(text, bracketed[0].length);
    if (!sep || sep.sep === ':' || sep.sep === '|') return null;
    const inner = bracketed[0].slice(1, -1).trim();
    const date = dateIn(inner);
    const name = inner.split(',')[0]!.trim();
    const place = !NEWS_AGENCY.test(name) && isPlaceName(name) ? name : undefined;
    return { ...(place ? { place } : {}), ...(date ? { date } : {}), end: sep.end, length: sep.length };
  }
  // "15 May 2015 –": a date alone, with its year; "April 4 (Reuters) -": without, before an agency.
  const leadingDate = readDate(text);
  if (leadingDate) {
    const paren = readParenthesis(text.slice(leadingDate.length));
    const at = leadingDate.length + (paren?.length ?? 0);
    if (leadingDate.date.y === undefined && !paren) return null;
    const sep = separatorAt(text, at);
    if (!sep || sep.sep === '|') return null;
    return { date: leadingDate.date, end: sep.end, length: sep.length };
  }
  const caps = CAPS_PLACE.exec(text);
  const placeMatch = caps ?? TITLE_PLACE.exec(text);
  if (!placeMatch) return null;
  const place = placeMatch[0];
  if (NOT_A_PLACE.test(firstWord(place))) return null;
  let at = place.length;
  let date: DayOfYear | undefined;
  let region = false;
  // ", Libya" · ", April 4" · ", Libya, April 4 2019", then " (Reuters)" or ", (Outlet … 29th Jun, 2020 )".
  const comma = /^,\s*/.exec(text.slice(at));
  if (comma) {
    const rest = text.slice(at + comma[0].length);
    const d = readDate(rest);
    const r = d ? null : (CAPS_PLACE.exec(rest) ?? TITLE_PLACE.exec(rest));
    if (d) {
      date = d.date;
      at += comma[0].length + d.length;
    } else if (r && !NOT_A_PLACE.test(firstWord(r[0]))) {
      region = true;
      at += comma[0].length + r[0].length;
      const comma2 = /^,\s*/.exec(text.slice(at));
      const d2 = comma2 ? readDate(text.slice(at + comma2[0].length)) : null;
      if (comma2 && d2) {
        date = d2.date;
        at += comma2[0].length + d2.length;
      }
    }
  }
  const paren = readParenthesis(text.slice(at));
  // "Human Rights Watch (HRW) - …" spells out a name, it does not date a story.
  if (paren && paren.inner === initials(place)) return null;
  if (paren) {
    date ??= dateIn(paren.inner);
    at += paren.length;
    // "Al-Fashir (Sudan), 4 May 2024 –"
    const comma3 = /^,\s*/.exec(text.slice(at));
    const d3 = comma3 && !date ? readDate(text.slice(at + comma3[0].length)) : null;
    if (comma3 && d3) {
      date = d3.date;
      at += comma3[0].length + d3.length;
    }
  }
  const sep = separatorAt(text, at);
  if (!sep) return null;
  const dash = sep.sep !== ':' && sep.sep !== '|';
  const strongDash = sep.sep === '–' || sep.sep === '—' || sep.sep === '--';
  const storyFollows = sep.length < text.length;
  // Gulf outlets write "DUBAI: …": capitals before a colon too.
  const accepted =
    paren !== null ||
    (date !== undefined && sep.sep !== '|') ||
    (caps !== null && sep.sep !== '|' && place.replace(/[^A-Z]/g, '').length >= 3) ||
    ((strongDash || (region && dash)) && storyFollows);
  if (!accepted) return null;
  const weak = paren === null && date === undefined && sep.sep === ':';
  return { place: place.trim(), ...(date ? { date } : {}), end: sep.end, length: sep.length, ...(weak ? { weak } : {}) };
}
