import type { ActorEntry } from './ActorEntry.ts';
import { actorListOf, type SeenActor } from './actorListOf.ts';
import { foldText } from './tokenizeSentence.ts';

/** kebab-case id from a name: "Jean-Yves Le Drian" → "jean-yves-le-drian", "Salamé" → "salame". */
export function actorIdOf(name: string): string {
  return foldText(name).replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Every actor the finder knows (curated, or learned from the current document's text) and the ones actually
 * seen in it, with the surface forms seen. `forget()` drops what one document taught, so each document is
 * read from the curated list alone (the condition for caching and parallel reading, see readArticle.ts).
 */
export class ActorRegistry {
  private readonly curated = new Map<string, ActorEntry>();
  private learned = new Map<string, ActorEntry>();
  private seenForms = new Map<string, Set<string>>();

  constructor(entries: readonly ActorEntry[]) {
    for (const entry of entries) this.curated.set(entry.id, entry);
  }

  get(id: string): ActorEntry | undefined {
    return this.curated.get(id) ?? this.learned.get(id);
  }

  kindOf(id: string): ActorEntry['kind'] | undefined {
    return this.get(id)?.kind;
  }

  /** Adds an actor found in the text; returns the id, reusing a known actor of the same id. */
  learn(name: string, kind: ActorEntry['kind']): string {
    const id = actorIdOf(name);
    if (!this.get(id)) this.learned.set(id, { id, name, kind, aliases: [] });
    return id;
  }

  /** Records that `surface` was used for the actor in some sentence. */
  note(id: string, surface: string): void {
    let forms = this.seenForms.get(id);
    if (!forms) this.seenForms.set(id, (forms = new Set()));
    forms.add(surface);
  }

  forget(): void {
    this.learned = new Map();
    this.seenForms = new Map();
  }

  /** The actors seen since the last `forget()`, in the order first seen. */
  seen(): SeenActor[] {
    const out: SeenActor[] = [];
    for (const [id, forms] of this.seenForms) {
      const entry = this.get(id);
      if (entry) out.push({ id, name: entry.name, kind: entry.kind, aliases: [...entry.aliases, ...(entry.agentAliases ?? [])], forms: [...forms] });
    }
    return out;
  }

  actors() {
    return actorListOf([this.seen()]);
  }
}
