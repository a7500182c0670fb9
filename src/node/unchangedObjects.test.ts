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

  it('keeps only what the last compile got or set', () => {
    const memo = createUnchangedObjects<string>();
    const a = { id: 'a' };
    memo.set('a', a, 'A');
    memo.set('b', { id: 'b' }, 'B');
    memo.next();
    expect(memo.get('a', a)).toBe('A');
    memo.next();
    expect(memo.get('a', a), 'got in the compile before: kept').toBe('A');
    expect(memo.get('b', { id: 'b' }), 'neither got nor set: forgotten').toBeUndefined();
  });
});
