import type { ReviewEvent, ReviewStatus } from './reviewTypes.ts';

export const STATUS_WORDS: Record<ReviewStatus, string> = {
  unreviewed: 'To review',
  accepted: 'Accepted',
  rejected: 'Rejected',
  edited: 'Edited',
};

/** Counts per status, for the document list and the filter buttons. */
export function countStatuses(events: readonly ReviewEvent[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { unreviewed: 0, accepted: 0, rejected: 0, edited: 0 };
  for (const e of events) counts[e.status] += 1;
  return counts;
}

/** The event as it will be published: the correction when there is one. */
export function shownEvent(e: ReviewEvent): ReviewEvent {
  return e.corrected ? { ...e, ...e.corrected, status: e.status, trigger: e.trigger } : e;
}
