import type { ActorEntry } from './ActorEntry.ts';

const union = (a: readonly string[] = [], b: readonly string[] = []): string[] => [...new Set([...a, ...b])];

/**
 * Merges entries by id: the first entry's name and kind stand unless a later one (the user's) gives them;
 * aliases are unioned. Lets seeds/actors.yaml add "Hafter" to khalifa-haftar without restating him.
 */
export function mergeActorEntries(...lists: readonly (readonly ActorEntry[])[]): ActorEntry[] {
  const byId = new Map<string, ActorEntry>();
  for (const entry of lists.flat()) {
    const known = byId.get(entry.id);
    if (!known) {
      byId.set(entry.id, { ...entry, aliases: [...entry.aliases] });
      continue;
    }
    byId.set(entry.id, {
      id: entry.id,
      name: entry.name || known.name,
      kind: entry.kind ?? known.kind,
      aliases: union(known.aliases, entry.aliases),
      agentAliases: union(known.agentAliases, entry.agentAliases),
      demonyms: union(known.demonyms, entry.demonyms),
    });
  }
  return [...byId.values()];
}
