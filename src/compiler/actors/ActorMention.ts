import type { Actor } from '../schema.ts';

/** An actor named in one sentence; `start`/`end` are character offsets into that sentence. */
export interface ActorMention {
  text: string;
  start: number;
  end: number;
  actorId: string;
}

/**
 * Finds actors and merges their aliases. One finder serves a whole compile, so "LNA" in one document and
 * "Libyan National Army" in another become the same actor; `beginDocument` resets what is local to a
 * document (a bare surname refers to the full name used earlier in *that* document).
 */
export interface ActorFinder {
  beginDocument(): void;
  find(sentence: string): ActorMention[];
  /** Every actor found so far, with the aliases seen. */
  actors(): Actor[];
}
