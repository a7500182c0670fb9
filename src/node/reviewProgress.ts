import type { ReviewSummary } from '../compiler/review/reviewTypes.ts';

/** `seeds/x.txt: 3 of 6 reviewed (2 accepted, 1 edited), 1 rejected, 2 to review` — one line per document. */
export function formatReviewProgress(p: ReviewSummary): string {
  return `${p.file}: ${p.accepted + p.edited} of ${p.total} reviewed (${p.accepted} accepted, ${p.edited} edited), ${p.rejected} rejected, ${p.unreviewed} to review`;
}
