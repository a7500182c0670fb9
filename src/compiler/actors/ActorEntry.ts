import type { ActorKind } from '../schema.ts';

/**
 * One actor as curated data (or as a user's seeds/actors.yaml entry). Entries with the same `id` are merged,
 * their aliases unioned, so a user can extend a curated actor by naming only its id and new aliases.
 */
export interface ActorEntry {
  /** kebab-case, stable: it ends up in `Event.actors`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names that always denote this actor. Titles before a person's name need not be listed. */
  aliases: string[];
  /**
   * Names that denote the actor only as the grammatical agent of a clause ("Egypt launched airstrikes"),
   * not as a place or a beneficiary ("backed by Egypt", "flights to Egypt"). Meant for country names.
   */
  agentAliases?: string[];
  /** "Turkish" makes "Turkish drones", "Turkish officials", … aliases without listing every noun. */
  demonyms?: string[];
}

/** A name that must never become an actor, e.g. a news outlet ("The New Arab said"). */
export const NOT_AN_ACTOR = '';
