import { describe, expect, it } from 'vitest';
import { noFilters } from '../store/appStore.ts';
import { describeFilters } from './describeFilters.ts';

const actors = new Map([['khalifa-haftar', { id: 'khalifa-haftar', name: 'Khalifa Haftar', kind: 'person' as const, aliases: [] }]]);

describe('describeFilters', () => {
  it('is null when nothing is filtered (a blank search included)', () => {
    expect(describeFilters({ ...noFilters, query: '  ' }, actors, new Map())).toBeNull();
  });

  it('names actors and documents, and falls back to ids it cannot name', () => {
    expect(describeFilters({ ...noFilters, actors: ['khalifa-haftar', 'x'], places: ['Benghazi'], certainties: ['alleged', 'unverified'], documents: ['d'] }, actors, new Map()))
      .toBe('actor: Khalifa Haftar or x; place: Benghazi; document: d; certainty: Alleged or Unverified');
  });

  it('says the reported-deaths filter in the panel\'s words', () => {
    expect(describeFilters({ ...noFilters, deaths: ['reported'] }, actors, new Map())).toBe('reported deaths: Deaths reported');
  });
});
