import { describe, expect, it } from 'vitest';
import { reviewKey } from './reviewKey.ts';

const key = (k: string, extra: Partial<Parameters<typeof reviewKey>[0]> = {}) =>
  reviewKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra });

describe('reviewKey', () => {
  it('maps j/k/a/r/e/x/u to the review commands', () => {
    expect(['j', 'k', 'a', 'r', 'e', 'x', 'u'].map((k) => key(k))).toEqual(['next', 'previous', 'accept', 'reject', 'edit', 'reset', 'undo']);
  });

  it('leaves keys alone while the editor types in a field', () => {
    expect(key('a', { typing: true })).toBeNull();
    expect(key('z', { ctrlKey: true, typing: true })).toBeNull();
  });

  it('takes Ctrl+Z and Cmd+Z as undo, other shortcuts as the browser\'s', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { metaKey: true })).toBe('undo');
    expect(key('a', { ctrlKey: true })).toBeNull();
    expect(key('q')).toBeNull();
  });
});
