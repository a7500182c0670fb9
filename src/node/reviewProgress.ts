/**
 * Review progress of one document, as the compiler reports it (`review` in the compile result, being
 * added in src/compiler): its extracted events, and what the editor decided about them.
 */
export interface ReviewProgress {
  document: string;
  total: number;
  accepted: number;
  edited: number;
  rejected: number;
  unreviewed: number;
}

/** `seeds/x.txt: 3 of 6 reviewed (2 accepted, 1 edited), 1 rejected, 2 to review` — one line per document. */
export function formatReviewProgress(p: ReviewProgress): string {
  return `${p.document}: ${p.accepted + p.edited} of ${p.total} reviewed (${p.accepted} accepted, ${p.edited} edited), ${p.rejected} rejected, ${p.unreviewed} to review`;
}

/**
 * The progress list of a compile result, when the compiler gives one. Read structurally so the CLI
 * builds before and after the compiler's `review` lands; once it has, this can become `result.review`.
 */
export function reviewProgressOf(result: object): ReviewProgress[] {
  const review = (result as { review?: unknown }).review;
  return Array.isArray(review) ? (review as ReviewProgress[]) : [];
}
