import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';

const sheltered = new WeakMap<ParsingContext, ParsingResult[]>();

/**
 * Takes our results out of chrono's refiner chain. Chrono's merge refiners join neighbours by their
 * (placeholder) components: "on Saturday, a day after" became one weekday. Our results are complete as
 * parsed, so they skip the chain and come back in `restoreAtlas`.
 */
export const shelterAtlas: Refiner = {
  refine(context, results) {
    const ours = results.filter((r) => atlasMetaOf(r.start));
    if (ours.length === 0) return results;
    sheltered.set(context, ours);
    return results.filter((r) => !ours.includes(r));
  },
};

/** Puts our results back, removing overlaps as chrono does: the longer match wins, ours on a tie. */
export const restoreAtlas: Refiner = {
  refine(context, results) {
    const ours = sheltered.get(context);
    if (!ours) return results;
    sheltered.delete(context);
    const all = [...ours, ...results].sort((a, b) => a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of all) {
      const prev = kept[kept.length - 1];
      if (!prev || r.index >= prev.index + prev.text.length) {
        kept.push(r);
      } else if (r.text.length > prev.text.length) {
        kept[kept.length - 1] = r;
      }
    }
    return kept;
  },
};
