import { describe, expect, it } from 'vitest';
import { wordChunks } from './wordChunks.ts';

const longestRun = (s: string) => Math.max(0, ...s.split(/\s/).map((w) => [...w].length));

describe('wordChunks', () => {
  it('leaves ordinary text whole', () => {
    expect(wordChunks('Forces clashed with rebels in Misrata on Monday.')).toEqual(['Forces clashed with rebels in Misrata on Monday.']);
    expect(wordChunks('')).toEqual(['']);
  });

  it('cuts a run longer than the limit into pieces of at most the limit, and joins back exactly', () => {
    const text = `before ${'ب'.repeat(200_000)} after https://example.org/${'a'.repeat(70)}`;
    const pieces = wordChunks(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(6000);
    for (const piece of pieces) expect(longestRun(piece)).toBeLessThanOrEqual(32);
    expect(pieces[0]).toMatch(/^before /);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(40);
    const pieces = wordChunks(text, 32);
    expect(pieces.map((p) => [...p].length)).toEqual([32, 8]);
    expect(pieces.join('')).toBe(text);
  });

});
