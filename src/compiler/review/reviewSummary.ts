import type { Event } from '../schema.ts';
import { homeOf, statusOf, type Decided } from './reviewDecisions.ts';
import type { ReviewSummary } from './reviewTypes.ts';

/**
 * Review progress per document: the extracted events it is home to plus those its sidecar added, by what
 * the editors decided. `extracted` is the list before any sidecar; `added` the events sidecars added.
 */
export function reviewSummary(
  documents: readonly { id: string; file: string }[],
  extracted: readonly Event[],
  added: readonly Event[],
  decided: Decided,
): ReviewSummary[] {
  const rows = new Map(documents.map((d) => [d.id, { document: d.id, file: d.file, total: 0, accepted: 0, edited: 0, rejected: 0, unreviewed: 0 }]));
  for (const e of [...extracted, ...added]) {
    const row = rows.get(homeOf(e));
    if (!row) continue;
    row.total++;
    row[statusOf(e.id, decided)]++;
  }
  return [...rows.values()];
}

/** `4 of 6 events not reviewed yet: left out (publish: reviewed)`: rejected events are not counted, they are gone anyway. */
export function heldBackMessage(row: ReviewSummary): string {
  const shown = row.total - row.rejected;
  return `${row.unreviewed} of ${shown} event${shown === 1 ? '' : 's'} not reviewed yet: left out (publish: reviewed)`;
}
