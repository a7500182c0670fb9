import type { ReviewDecisions } from '../overrides/applyOverrides.ts';
import type { Event } from '../schema.ts';
import type { ReviewStatus } from './reviewTypes.ts';

/** Every sidecar's decisions together, by event id. */
export interface Decided {
  accepted: Set<string>;
  rejected: Set<string>;
  corrected: Set<string>;
  added: Set<string>;
}

export function emptyDecided(): Decided {
  return { accepted: new Set(), rejected: new Set(), corrected: new Set(), added: new Set() };
}

export function addDecisions(into: Decided, d: ReviewDecisions): void {
  for (const key of ['accepted', 'rejected', 'corrected', 'added'] as const) for (const id of d[key]) into[key].add(id);
}

/**
 * Rejection wins (the event is gone whatever else a sidecar said), then an edit (a correction is also a
 * check), then acceptance.
 */
export function statusOf(id: string, decided: Decided): ReviewStatus {
  if (decided.rejected.has(id)) return 'rejected';
  if (decided.corrected.has(id) || decided.added.has(id)) return 'edited';
  if (decided.accepted.has(id)) return 'accepted';
  return 'unreviewed';
}

/** The document an event is reviewed and counted under: that of its first source, so it is counted once. */
export const homeOf = (e: Event): string => e.sources[0]!.document;
