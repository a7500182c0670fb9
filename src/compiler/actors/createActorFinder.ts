import type { ActorEntry } from './ActorEntry.ts';
import { NOT_AN_ACTOR } from './ActorEntry.ts';
import type { ActorFinder, ActorMention } from './ActorMention.ts';
import { ActorRegistry } from './ActorRegistry.ts';
import { AliasTrie } from './AliasTrie.ts';
import { bracketAcronymAfter } from './bracketAcronym.ts';
import { aliasKeys, compileAliases } from './compileAliases.ts';
import { curatedActors } from './curatedActors.ts';
import { findOrganisationNames } from './findOrganisationNames.ts';
import { findPersonNames } from './findPersonNames.ts';
import { matchAliases } from './matchAliases.ts';
import { mergeActorEntries } from './mergeActorEntries.ts';
import { nonActorNames } from './nonActorNames.ts';
import { lazyPartsOfSpeech } from './partsOfSpeech.ts';
import { surnamesOf } from './surnamesOf.ts';
import { foldText, tokenizeSentence } from './tokenizeSentence.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

export type { ActorEntry } from './ActorEntry.ts';

export interface ActorFinderOptions {
  /**
   * Tells whether a name is a known place ("Abu Salim", "Ain Zara"), so "Abu Salim said" does not become a
   * person. Wire it to the gazetteer; it is asked only about the few names that pass every other test.
   */
  isPlaceName?: (name: string) => boolean;
}

/**
 * The actor finder for one compile. Curated entries and the user's `extra` entries are compiled once into one
 * alias trie. People and organisations found by the detectors are learned into a second trie, and
 * document-local knowledge (surnames, bracketed acronyms) into a third; `beginDocument()` forgets both, so
 * a document's reading depends on its own text alone and can be cached or read on another thread. What
 * crosses documents (the actor list, a bare surname naming someone a previous document named in full) is
 * joined after reading, from `seen()` and `people()` (see actorListOf.ts, linkSurnames.ts).
 */
export function createActorFinder(extra: readonly ActorEntry[] = [], options: ActorFinderOptions = {}): ActorFinder {
  const entries = mergeActorEntries(curatedActors, extra);
  const registry = new ActorRegistry(entries);
  const global = compileAliases(entries, nonActorNames);
  let learned = new AliasTrie();
  let local = new AliasTrie();
  /** Surnames of people named in full in this document, for "President Macron" later on. */
  let surnames = new Map<string, Set<string>>();
  /** One-word names made into people of their own here; linkSurnames.ts may give them a full name. */
  let bare: [string, string][] = [];

  const remember = (alias: string, actorId: string, trie: AliasTrie): void => trie.add(aliasKeys(alias, false), { actorId, agentOnly: false });

  function rememberSurnames(sentence: string, tokens: readonly SentenceToken[], first: number, last: number, actorId: string): void {
    for (const surname of surnamesOf(sentence, tokens, first, last)) {
      remember(surname, actorId, local);
      const key = foldText(surname);
      surnames.set(key, (surnames.get(key) ?? new Set()).add(actorId));
    }
  }

  function find(sentence: string): ActorMention[] {
    const tokens = tokenizeSentence(sentence);
    const pos = lazyPartsOfSpeech(sentence);
    const taken = new Set<number>();
    const mentions: ActorMention[] = [];
    const take = (first: number, last: number): void => {
      for (let j = first; j <= last; j++) taken.add(j);
    };
    const mention = (first: number, last: number, actorId: string, start = tokens[first]!.start): void => {
      const end = tokens[last]!.end;
      const text = sentence.slice(start, end);
      mentions.push({ text, start, end, actorId });
      registry.note(actorId, text);
      take(first, last);
      const bracket = bracketAcronymAfter(tokens, last);
      if (!bracket) return;
      remember(bracket.acronym, actorId, local);
      registry.note(actorId, bracket.acronym);
      take(last, bracket.close);
    };

    for (const m of matchAliases(tokens, [global, learned, local], (id) => registry.kindOf(id), pos)) {
      if (m.actorId === NOT_AN_ACTOR) take(m.first, m.last);
      else if (!taken.has(m.first)) {
        mention(m.first, m.last, m.actorId, m.start);
        if (m.last > m.first && registry.kindOf(m.actorId) === 'person') rememberSurnames(sentence, tokens, m.first, m.last, m.actorId);
      }
    }
    const free = (j: number): boolean => !taken.has(j);
    for (const org of findOrganisationNames(tokens, free, pos)) {
      const name = sentence.slice(tokens[org.first]!.start, tokens[org.last]!.end);
      const actorId = registry.learn(name, org.kind);
      remember(name, actorId, learned);
      mention(org.first, org.last, actorId);
    }
    for (const person of findPersonNames(tokens, free, pos)) {
      const name = sentence.slice(tokens[person.first]!.start, tokens[person.last]!.end);
      if (options.isPlaceName?.(name)) continue;
      if (person.words === 1) {
        const key = foldText(name);
        const known = surnames.get(key);
        const actorId = known?.size === 1 ? [...known][0]! : registry.learn(name, 'person');
        if (!known) bare.push([key, actorId]);
        remember(name, actorId, local);
        mention(person.first, person.last, actorId);
        continue;
      }
      const actorId = registry.learn(name, 'person');
      remember(name, actorId, learned);
      mention(person.first, person.last, actorId);
      rememberSurnames(sentence, tokens, person.first, person.last, actorId);
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  return {
    beginDocument: () => {
      learned = new AliasTrie();
      local = new AliasTrie();
      surnames = new Map();
      bare = [];
      registry.forget();
    },
    find,
    actors: () => registry.actors(),
    seen: () => registry.seen(),
    people: () => ({ surnames: [...surnames].flatMap(([key, ids]) => [...ids].map((id): [string, string] => [key, id])), bare: [...bare] }),
  };
}
