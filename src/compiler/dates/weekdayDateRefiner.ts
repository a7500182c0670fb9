import type { ParsingResult, Refiner } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';

const OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

function isWeekdayOnly(r: ParsingResult): boolean {
  return !atlasMetaOf(r.start) && r.start.isCertain('weekday') && !r.start.isCertain('month');
}

/**
 * "said on Tuesday (December 6)": the bracket gives the weekday's date, one mention rather than two. The
 * weekday stays on the date, so that a yearless date takes the year in which that day is that weekday.
 */
export const weekdayDateRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      const between = prev ? context.text.slice(prev.index + prev.text.length, r.index) : '';
      const after = context.text.slice(r.index + r.text.length);
      const close = CLOSE.exec(after);
      if (prev && isWeekdayOnly(prev) && OPEN.test(between) && close && !atlasMetaOf(r.start) && r.start.isCertain('month') && r.start.isCertain('day')) {
        r.start.assign('weekday', prev.start.get('weekday') ?? 0);
        r.text = context.text.slice(prev.index, r.index + r.text.length + close[0].length);
        r.index = prev.index;
        out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};
