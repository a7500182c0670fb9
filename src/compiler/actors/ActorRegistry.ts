import type { Actor, ActorKind } from '../schema.ts';
import type { ActorEntry } from './ActorEntry.ts';
import { foldText } from './tokenizeSentence.ts';

/** kebab-case id from a name: "Jean-Yves Le Drian" → "jean-yves-le-drian", "Salamé" → "salame". */
export function actorIdOf(name: string): string {
  return foldText(name).replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Every actor the finder knows (curated or learned from text) and the ones actually seen, with the surface
 * forms seen. Output is sorted by id so the dataset does not depend on document order.
 */
export class ActorRegistry {
  private readonly known = new Map<string, ActorEntry>();
  private readonly seen = new Map<string, Set<string>>();

  constructor(entries: readonly ActorEntry[]) {
    for (const entry of entries) this.known.set(entry.id, entry);
  }

  get(id: string): ActorEntry | undefined {
    return this.known.get(id);
  }

  kindOf(id: string): ActorKind | undefined {
    return this.known.get(id)?.kind;
  }

  /** Adds an actor found in the text; returns the id, reusing a known actor of the same id. */
  learn(name: string, kind: ActorKind): string {
    const id = actorIdOf(name);
    if (!this.known.has(id)) this.known.set(id, { id, name, kind, aliases: [] });
    return id;
  }

  /** Records that `surface` was used for the actor in some sentence. */
  note(id: string, surface: string): void {
    let forms = this.seen.get(id);
    if (!forms) this.seen.set(id, (forms = new Set()));
    forms.add(surface);
  }

  actors(): Actor[] {
    const out: Actor[] = [];
    for (const [id, forms] of this.seen) {
      const entry = this.known.get(id);
      if (!entry) continue;
      const aliases = [...new Set([...entry.aliases, ...(entry.agentAliases ?? []), ...forms])].filter((a) => a !== entry.name);
      out.push({ id, name: entry.name, kind: entry.kind, aliases });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
