import { describe, expect, it } from 'vitest';
import { clusterName } from './clusterName.ts';

describe('clusterName', () => {
  it('says how many events and names the first three', () => {
    expect(clusterName(['A', 'B', 'C'])).toBe('3 events: A; B; C');
    expect(clusterName(['A', 'B', 'C', 'D', 'E'])).toBe('5 events: A; B; C and 2 more');
  });
});
