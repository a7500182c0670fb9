import { describe, expect, it } from 'vitest';
import { contextParts } from './contextParts.ts';

describe('contextParts', () => {
  const text = 'First sentence here. Forces seized the town on Monday. Last one follows.';
  const start = text.indexOf('Forces');
  const end = text.indexOf(' Last');
  const trigger = { start: text.indexOf('seized'), end: text.indexOf('seized') + 6 };

  it('marks the sentence and its trigger, with the text around it', () => {
    expect(contextParts(text, start, end, trigger)).toEqual([
      { text: 'First sentence here. ', kind: 'before' },
      { text: 'Forces ', kind: 'quote' },
      { text: 'seized', kind: 'trigger' },
      { text: ' the town on Monday.', kind: 'quote' },
      { text: ' Last one follows.', kind: 'after' },
    ]);
  });

  it('cuts long surroundings at a word and says so', () => {
    const parts = contextParts(text, start, end, undefined, 10);
    expect(parts[0]!.text.startsWith('…')).toBe(true);
    expect(parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(parts.map((p) => p.kind)).toEqual(['before', 'quote', 'after']);
  });

  it('ignores a trigger outside the sentence', () => {
    expect(contextParts(text, start, end, { start: 0, end: 5 }).map((p) => p.kind)).toEqual(['before', 'quote', 'after']);
  });
});
