import { describe, expect, it } from 'vitest';
import { clusterName, typesByCount } from './clusterName.ts';

describe('clusterName', () => {
  it('says how many events, how many of each type, and names the first three', () => {
    expect(clusterName(3, { protests: 1, battles: 2 }, ['A', 'B', 'C'])).toBe('3 events: battles 2, protests 1. A; B; C');
    expect(clusterName(5, { diplomacy: 5 }, ['A', 'B', 'C', 'D'])).toBe('5 events: diplomacy 5. A; B; C and 2 more');
  });

  it('counts the events it could not list when given fewer titles than events', () => {
    expect(clusterName(40, { riots: 40 }, ['A', 'B'])).toBe('40 events: riots 40. A; B and 38 more');
  });
});

describe('typesByCount', () => {
  it('orders types by count, ties in the legend’s order, and drops empty ones', () => {
    expect(typesByCount({ diplomacy: 2, battles: 2, riots: 5, protests: 0 })).toEqual([['riots', 5], ['battles', 2], ['diplomacy', 2]]);
  });
});
