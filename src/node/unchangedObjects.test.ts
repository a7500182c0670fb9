import { describe, expect, it } from 'vitest';
import { createUnchangedObjects } from './unchangedObjects.ts';

describe('createUnchangedObjects', () => {
  const date = { start: '2019-03-22' };

  it('knows an object of the last compile by its key and the very same parts, new object or not', () => {
    const memo = createUnchangedObjects<string>();
    memo.set('e1', { id: 'e1', date }, 'json');
    memo.next();
    expect(memo.get('e1', { id: 'e1', date })).toBe('json');
    expect(memo.get('e1', { id: 'e1', date: { start: '2019-03-22' } }), 'an equal part is not the same part').toBeUndefined();
    expect(memo.get('e1', { id: 'e1', date, edited: true }), 'a part more').toBeUndefined();
    expect(memo.get('e1', { date, id: 'e1' }), 'another order serialises otherwise').toBeUndefined();
    expect(memo.get('e2', { id: 'e1', date })).toBeUndefined();
  });

  it('forgets what a compile neither got nor set, once that is many', () => {
    const memo = createUnchangedObjects<number>();
    const objects = Array.from({ length: 400 }, (_, i) => ({ id: i }));
    objects.forEach((o, i) => memo.set(String(i), o, i));
    memo.next();
    // A compile that uses the first 100 only.
    for (const [i, o] of objects.slice(0, 100).entries()) expect(memo.get(String(i), o)).toBe(i);
    memo.next();
    expect(memo.get('0', objects[0]!)).toBe(0);
    expect(memo.get('399', objects[399]!)).toBeUndefined();
    expect(memo.last('399')).toBeUndefined();
  });
});

describe('createUnchangedObjects over a list that keeps its order', () => {
  it('finds objects where they were, shifted, moved or gone, as a look-up by key would', () => {
    const memo = createUnchangedObjects<string>();
    const date = { start: '2019' };
    const list = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, date }));
    list.forEach((o, i) => memo.set(o.id, o, o.id.toUpperCase(), i));
    memo.next();
    // One inserted at the front, one moved to the end, one gone, one changed.
    const next = [{ id: 'x', date }, list[0]!, list[2]!, { id: 'd', date: { start: '2020' } }, list[4]!, list[1]!];
    expect(next.map((o, i) => memo.get(o.id, o, i) ?? null)).toEqual([null, 'A', 'C', null, 'E', 'B']);
  });
});
