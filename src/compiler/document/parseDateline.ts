import { monthNumber, monthPattern } from './monthNames.ts';

const weekday = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?';
const month = `(${monthPattern})\\.?`;

/** Each form yields [year, month, day] from its match groups. Day-first wins for ambiguous numeric dates. */
const forms: { re: RegExp; ymd: (m: RegExpMatchArray) => [string, string, string] }[] = [
  // 2017-09-28
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  // 28 September, 2017 · Wed 28 Sep 2017
  { re: new RegExp(`\\b(?:${weekday}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  // September 28, 2017 · Wednesday April 17 2019 · Jul 3 2018
  { re: new RegExp(`\\b(?:${weekday}\\s+)?${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[1]!, m[2]!] },
  // 13/09/2017 · 13.09.2017 · 09/13/2017 (month-first only when the first number cannot be a month)
  {
    re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/,
    ymd: (m) => (Number(m[2]) > 12 ? [m[3]!, m[1]!, m[2]!] : [m[3]!, m[2]!, m[1]!]),
  },
];

/** Words a dateline may carry besides its date ("Published: Thursday 28 September 2017, 10:45 GMT"). */
const filler = /\b(published|updated|last|posted|on|at|first|modified|date|gmt|utc|bst|cet|cest|edt|est|am|pm|local|time)\b|\d{1,2}[:.]\d{2}|[,:|\-–—()]/gi;

export interface Dateline {
  /** `YYYY-MM-DD` */
  date: string;
}

/**
 * Reads a line that is a publication dateline and nothing more. A sentence that merely contains a date
 * ("Talks began on 3 May 2018 in Rome.") is not a dateline: after the date and dateline filler words are
 * removed, at most a couple of words may remain.
 */
export function parseDateline(line: string): Dateline | null {
  if (line.length > 80) return null;
  for (const { re, ymd } of forms) {
    const m = line.match(re);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const monthNo = /^\d+$/.test(mo) ? Number(mo) : monthNumber.get(mo.toLowerCase().replace('.', ''));
    const day = Number(d);
    if (!monthNo || monthNo > 12 || day < 1 || day > daysIn(Number(y), monthNo)) continue;
    const rest = line.replace(m[0], ' ').replace(filler, ' ').trim();
    if (rest.split(/\s+/).filter(Boolean).length > 2) return null;
    return { date: `${y}-${pad(monthNo)}-${pad(day)}` };
  }
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
