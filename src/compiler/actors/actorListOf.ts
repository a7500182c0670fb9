import type { Actor } from '../schema.ts';
import { compareCodeUnits } from '../compareCodeUnits.ts';

/** An actor seen in one document: its entry and the surface forms the text used for it. */
export interface SeenActor {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** The entry's aliases (agent-only ones included). */
  aliases: string[];
  /** As written in the document, in the order first seen. */
  forms: string[];
}

/**
 * The dataset's actor list from each document's seen actors, in document order: an actor's name and kind
 * come from the first document that saw it (as when one registry read them all), its aliases are the
 * entry's plus every form seen, without the name. Sorted by id, so the list does not depend on document
 * order.
 */
export function actorListOf(documents: readonly (readonly SeenActor[])[]): Actor[] {
  const byId = new Map<string, { actor: SeenActor; aliases: Set<string> }>();
  for (const seen of documents) {
    for (const actor of seen) {
      const known = byId.get(actor.id);
      if (!known) byId.set(actor.id, { actor, aliases: new Set([...actor.aliases, ...actor.forms]) });
      else for (const form of actor.forms) known.aliases.add(form);
    }
  }
  return [...byId.values()]
    .map(({ actor, aliases }) => ({ id: actor.id, name: actor.name, kind: actor.kind, aliases: [...aliases].filter((a) => a !== actor.name) }))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
}
