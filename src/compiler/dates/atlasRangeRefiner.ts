import type { ParsingResult, Refiner } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';

const BETWEEN = /^\s*(?:to|until|till|through|-|–|—)\s*$/i;
const AND = /^\s*and\s*$/i;

/** Our year and period results may form a range with each other or with a chrono date. */
function canJoin(r: ParsingResult): boolean {
  if (r.end) return false;
  const meta = atlasMetaOf(r.start);
  return meta === null || ((meta.kind === 'years' && !meta.since && meta.end === undefined) || meta.kind === 'period');
}

/**
 * Joins "from late February until mid-May", "from 2014 to March 2015" and "between August and October" into
 * one range. Our results skip chrono's refiners (see atlasShelter), so its range refiner never sees them.
 * Each end keeps its own meaning (atlasMetaOf) and is resolved on its own.
 */
export const atlasRangeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      const between = prev ? context.text.slice(prev.index + prev.text.length, r.index) : '';
      // Chrono joins its own "from May to July" but not "between May and July".
      const betweenAnd = prev && AND.test(between) && /\bbetween\s+$/i.test(context.text.slice(0, prev.index));
      const ours = prev && (atlasMetaOf(prev.start) || atlasMetaOf(r.start));
      const joinable = prev && canJoin(prev) && canJoin(r) && ((ours && BETWEEN.test(between)) || betweenAnd);
      if (!prev || !joinable) {
        out.push(r);
        continue;
      }
      prev.end = r.start;
      prev.text = context.text.slice(prev.index, r.index + r.text.length);
    }
    return out;
  },
};
