import { describe, expect, it } from 'vitest';
import { formatReviewProgress } from './reviewProgress.ts';

describe('formatReviewProgress', () => {
  it('says how far a document’s review is, in one line', () => {
    expect(formatReviewProgress({ document: 'x', file: 'seeds/x.txt', total: 6, accepted: 2, edited: 1, rejected: 1, unreviewed: 2 }))
      .toBe('seeds/x.txt: 3 of 6 reviewed (2 accepted, 1 edited), 1 rejected, 2 to review');
  });
});
