import type { Refiner } from 'chrono-node';

const MONTH_THEN_NUMBER = /[a-z]\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s*$/i;

/**
 * In day-first mode chrono reads "March 20" as March 2020 (a two-digit year). News never writes years that
 * way, but US-style outlets write "March 20" for the 20th, so turn it back into a day. Runs first, so that
 * chrono's own weekday refiner can then join "Sunday, March 20".
 */
export const monthDayRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || r.start.isCertain('day')) continue;
      const m = MONTH_THEN_NUMBER.exec(r.text);
      const day = m ? Number(m[1]) : 0;
      if (day < 1 || day > 31) continue;
      r.start.delete('year');
      // Chrono's validity filter drops a result without any year; the year is decided later anyway.
      r.start.imply('year', context.refDate.getUTCFullYear());
      r.start.assign('day', day);
    }
    return results;
  },
};
