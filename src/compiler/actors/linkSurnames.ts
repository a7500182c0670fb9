import type { DocumentPeople } from './ActorMention.ts';

/**
 * "General Mansouri" in one document, "Commander Tarek Mansouri" in an earlier one: the bare surname is
 * the one person a previous document named in full with it. Documents are read apart (so they can be
 * cached and read in parallel); this is the link between them, made after reading, in document order, as
 * when one reader went through them all. Returns, per document, the actor ids to replace.
 */
export function linkSurnames(documents: readonly DocumentPeople[]): Map<string, string>[] {
  const named = new Map<string, Set<string>>();
  return documents.map((people) => {
    const links = new Map<string, string>();
    for (const [key, id] of people.bare) {
      const ids = named.get(key);
      // Two people of that surname: "Mansouri" names neither.
      const full = ids?.size === 1 ? [...ids][0]! : undefined;
      if (full && full !== id) links.set(id, full);
    }
    for (const [key, id] of people.surnames) named.set(key, (named.get(key) ?? new Set()).add(id));
    return links;
  });
}
