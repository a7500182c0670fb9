import type { ActorEntry } from './ActorEntry.ts';
import { NOT_AN_ACTOR } from './ActorEntry.ts';
import { AliasTrie } from './AliasTrie.ts';
import { STATE_NOUNS } from './countryActors.ts';
import { aliasKey, keyTokens } from './keyTokens.ts';
import { TITLES } from './nameCues.ts';
import { tokenizeSentence } from './tokenizeSentence.ts';

/** The keys of one alias; a person's leading titles go ("President Macron" is matched as "Macron"). */
export function aliasKeys(alias: string, isPerson: boolean): string[] {
  const tokens = tokenizeSentence(alias);
  const keys = keyTokens(tokens).map((k) => aliasKey(tokens[k.index]!));
  if (isPerson) {
    while (keys.length > 1 && TITLES.has(keys[0]!.slice(1).toLowerCase())) keys.shift();
  }
  return keys;
}

/**
 * Builds the trie in three layers, each overriding the one before where keys collide: names that are not
 * actors, then generated and agent-only aliases, then names and explicit aliases, so a curated "Syrian army"
 * (the Syrian Arab Army) beats the generated "Syrian" + "army" (the Syrian government).
 */
export function compileAliases(entries: readonly ActorEntry[], nonActors: readonly string[], trie = new AliasTrie()): AliasTrie {
  for (const name of nonActors) trie.add(aliasKeys(name, false), { actorId: NOT_AN_ACTOR, agentOnly: false });
  for (const entry of entries) {
    for (const demonym of entry.demonyms ?? []) {
      for (const noun of STATE_NOUNS) trie.add(aliasKeys(`${demonym} ${noun}`, false), { actorId: entry.id, agentOnly: false });
    }
    for (const alias of entry.agentAliases ?? []) trie.add(aliasKeys(alias, false), { actorId: entry.id, agentOnly: true });
  }
  for (const entry of entries) {
    const agentOnly = new Set(entry.agentAliases ?? []);
    const names = agentOnly.has(entry.name) ? entry.aliases : [entry.name, ...entry.aliases];
    for (const alias of names) trie.add(aliasKeys(alias, entry.kind === 'person'), { actorId: entry.id, agentOnly: false });
  }
  return trie;
}
