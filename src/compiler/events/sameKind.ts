import type { Candidate } from './Candidate.ts';

/**
 * Across sentences, events merge only with their own kind: a shooting-down and a capture in one city on
 * one day are two incidents. Diplomacy spans meetings, visits, agreements and statements: only meetings and
 * visits are one thing.
 */
export function sameKind(a: Candidate, b: Candidate): boolean {
  return a.type === b.type && kindGroup(a.subType) === kindGroup(b.subType);
}

/** What `sameKind` compares, as one string: the merge index files events by it. */
export function kindOf(c: Candidate): string {
  return `${c.type}:${kindGroup(c.subType)}`;
}

function kindGroup(subType: string): string {
  return subType === 'visit' ? 'meeting' : subType;
}
