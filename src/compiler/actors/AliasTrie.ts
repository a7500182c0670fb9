import type { KeyedToken } from './keyTokens.ts';

/** What an alias points at. `actorId` is NOT_AN_ACTOR for names that must be consumed but not reported. */
export interface AliasTarget {
  actorId: string;
  /** Only counts as the grammatical agent of a clause (country names). */
  agentOnly: boolean;
}

export interface AliasMatch {
  target: AliasTarget;
  /** Number of keyed tokens matched. */
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  target?: AliasTarget;
}

/**
 * All aliases precompiled into one trie keyed by folded words, so a sentence is scanned once, longest match
 * first, at a cost that does not grow with the number of aliases.
 */
export class AliasTrie {
  private readonly root: TrieNode = { next: new Map() };

  /** Adds an alias; a later alias with the same keys replaces the earlier (user entries win). */
  add(keys: readonly string[], target: AliasTarget): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.target = target;
  }

  /** Longest alias starting at keyed token `from`. */
  longest(keyed: readonly KeyedToken[], from: number): AliasMatch | undefined {
    return this.walk(this.root, keyed, from, from, undefined);
  }

  // A method, not a closure: closures created per call cost more than the walk itself on hot paths.
  private walk(node: TrieNode, keyed: readonly KeyedToken[], from: number, at: number, best: AliasMatch | undefined): AliasMatch | undefined {
    if (node.target && (!best || at - from > best.length)) best = { target: node.target, length: at - from };
    const k = keyed[at];
    if (!k || node.next.size === 0) return best;
    for (const key of k.keys) {
      const child = node.next.get(key);
      if (child) best = this.walk(child, keyed, from, at + 1, best);
    }
    return best;
  }
}
