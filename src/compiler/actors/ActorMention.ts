import type { Actor } from '../schema.ts';
import type { SeenActor } from './actorListOf.ts';

/** An actor named in one sentence; `start`/`end` are character offsets into that sentence. */
export interface ActorMention {
  text: string;
  start: number;
  end: number;
  actorId: string;
}

/** What one document says about people, for linking across documents (linkSurnames.ts). */
export interface DocumentPeople {
  /** [folded surname, actor id] of every person the document named in full. */
  surnames: [string, string][];
  /** [folded name, actor id] of one-word names the document made people of, knowing no full name for them. */
  bare: [string, string][];
}

/**
 * Finds actors and merges their aliases. The curated list serves a whole compile, so "LNA" in one document
 * and "Libyan National Army" in another are the same actor; `beginDocument` forgets everything the previous
 * document taught (names found by the detectors, surnames, acronyms), so that each document is read on
 * its own.
 */
export interface ActorFinder {
  beginDocument(): void;
  find(sentence: string): ActorMention[];
  /** The actors seen in the current document, with the aliases seen. */
  actors(): Actor[];
  /** The same, unmerged, for the cross-document actor list (actorListOf.ts). */
  seen(): SeenActor[];
  people(): DocumentPeople;
}
