/**
 * Gives each source of each candidate the killed and injured counts its own sentence reports
 * (readCasualties). A candidate keeps its sources through merging, so counts from different sentences and
 * documents stay with the sentence that reported them and are never added up.
 *
 * A statement, meeting or other diplomacy carries none: "the envoy deplored the deaths of 8" counts the
 * dead of the attack it speaks of, not of the statement. The attack's own event, when read from the same
 * sentence, carries them.
 */
import type { Candidate } from '../events/Candidate.ts';
import { readCasualties } from './readCasualties.ts';

export function attachCasualties(candidates: readonly Candidate[]): void {
  // A sentence that yields several candidates gives each its own source object: read each quote once.
  const read = new Map<string, ReturnType<typeof readCasualties>>();
  for (const c of candidates) {
    if (c.type === 'diplomacy') continue;
    for (const s of c.sources) {
      if (s.casualties) continue;
      if (!read.has(s.quote)) read.set(s.quote, readCasualties(s.quote));
      const casualties = read.get(s.quote);
      if (casualties) s.casualties = casualties;
    }
  }
}
