/**
 * Local midnight of a calendar day, for every year. `new Date(y, m, d)` reads years 0–99 as 1900–1999 (a
 * leftover of two-digit years in the Date constructor), so a sidecar's `0099-03` was drawn at 1999;
 * `setFullYear` takes the year as given. Local, not UTC, because vis-timeline draws its axis in local time
 * (see eventTimeSpan.ts). Like the constructor, the month and day may run over (month 12 is January of the
 * next year), and a malformed part (NaN) gives an invalid date.
 */
export function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}
