import { describe, expect, it } from 'vitest';
import { member, parseJsonSpans, plain } from './jsonSpans.ts';

describe('parseJsonSpans', () => {
  it('gives the same values as JSON.parse, with the span of each', () => {
    const text = '{ "a": [1, -2.5e1, true, null], "b": "x\\"y\\u00e9", "c": {} }';
    const { root } = parseJsonSpans(text);
    expect(plain(root!)).toEqual(JSON.parse(text));
    const b = member(root, 'b')!;
    expect(text.slice(b.start, b.end)).toBe('"x\\"y\\u00e9"');
  });

  it('reports a syntax error at its offset instead of throwing', () => {
    expect(parseJsonSpans('{ "a": 1, }').error).toEqual({ offset: 10, message: expect.stringContaining('property name') });
    expect(parseJsonSpans('[1, 2').error?.message).toContain('end of file');
    expect(parseJsonSpans('{"a": "line\nbreak"}').error?.offset).toBe(11);
    expect(parseJsonSpans('[1] 2').error?.message).toContain('after the end');
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    expect(parseJsonSpans('['.repeat(100_000)).error?.message).toContain('nested');
  });
});
