import { describe, expect, it } from 'vitest';
import { bucketSize, countBuckets, densityCover, densityPath, describeBucket } from './densityBuckets.ts';

const DAY = 24 * 3600 * 1000;

describe('bucketSize', () => {
  it('gives about six pixels per bar, in a day times a power of two, never under a day', () => {
    expect(bucketSize(1100 * DAY, 1100)).toBe(8 * DAY);
    // Halving the zoom halves the bucket; a small zoom change keeps it.
    expect(bucketSize(550 * DAY, 1100)).toBe(4 * DAY);
    expect(bucketSize(600 * DAY, 1100)).toBe(4 * DAY);
    expect(bucketSize(10 * DAY, 1100)).toBe(DAY);
  });
});

describe('densityCover', () => {
  it('reaches a window length past each side, on a grid that a pan does not move', () => {
    const w = { start: new Date(2017, 0, 1).valueOf(), end: new Date(2017, 3, 1).valueOf() };
    const cover = densityCover(w, 4 * DAY);
    expect(cover.start).toBeLessThanOrEqual(w.start - (w.end - w.start));
    expect(cover.end).toBeGreaterThanOrEqual(w.end + (w.end - w.start));
    const panned = densityCover({ start: w.start + 3 * DAY, end: w.end + 3 * DAY }, 4 * DAY);
    expect((panned.start - cover.start) % (4 * DAY)).toBe(0);
  });

  it('puts local midnights inside a day bucket, not on its edge', () => {
    const midnight = new Date(2017, 6, 15).valueOf();
    const cover = densityCover({ start: midnight, end: midnight + 10 * DAY }, DAY);
    expect(((midnight - cover.start) % DAY) / DAY).toBeCloseTo(0.5, 1);
  });
});

describe('countBuckets', () => {
  it('counts starts per row and bucket, leaving out events outside the cover', () => {
    const starts = Float64Array.from([0, 1, 5, 9, 10, 25].map((d) => d * DAY));
    const slots = Int32Array.from([0, 1, 0, 0, 1, 0]);
    const counts = countBuckets(starts, slots, 2, { start: 0, end: 20 * DAY }, 10 * DAY);
    expect(counts.map((row) => [...row])).toEqual([[3, 0], [1, 1]]);
  });
});

describe('densityPath', () => {
  it('draws one bar per non-empty bucket, the fullest at full height, a single event still visible', () => {
    expect(densityPath([4, 0, 1], 4)).toBe('M0.1 100V0H0.9V100ZM2.1 100V50H2.9V100Z');
    expect(densityPath([1], 10_000)).toBe('M0.1 100V85H0.9V100Z');
    expect(densityPath([0, 0], 0)).toBe('');
  });
});

describe('describeBucket', () => {
  it('says the bar length in words', () => {
    expect(describeBucket(DAY)).toBe('1 day');
    expect(describeBucket(4 * DAY)).toBe('4 days');
    expect(describeBucket(32 * DAY)).toBe('5 weeks');
    expect(describeBucket(128 * DAY)).toBe('4 months');
    expect(describeBucket(1024 * DAY)).toBe('3 years');
  });
});
