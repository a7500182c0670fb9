import type { EventPlace, EventType, Source } from '../schema.ts';
import { isViolent, isTerritorial } from '../events/eventFamilies.ts';

/** A happening the document has told (an event, or one named as background), and where, if it said. */
export interface Happening {
  type: EventType;
  subType: string;
  place: EventPlace | null;
  source: Source;
  sentence: number;
  paragraph: number;
}

/** How many sentences back "the battle" or "this" may reach for the happening it refers to. */
const REACH = 6;

/**
 * The happenings told so far, for definite references: "the battle" is the last battle told, "the
 * massacre" the last violence against civilians (or, failing that, the last violence of any kind).
 */
export interface EventMemory {
  tell(h: Happening): void;
  recall(trigger: { type: EventType; subType: string }, sentence: number, paragraph: number): Happening | undefined;
  /** The last located change of control within two sentences: where "they were driven out" was. */
  lastTerritory(sentence: number): Happening | undefined;
  /** The last located happening of the sentence before: what "This follows…" is about. */
  last(sentence: number): Happening | undefined;
}

export function createEventMemory(): EventMemory {
  const told: Happening[] = [];
  const find = (fits: (h: Happening) => boolean, sentence: number) => {
    for (let i = told.length - 1; i >= 0; i--) {
      const h = told[i]!;
      if (h.sentence >= sentence) continue;
      if (sentence - h.sentence > REACH) return undefined;
      if (fits(h)) return h;
    }
    return undefined;
  };
  return {
    tell(h) {
      told.push(h);
    },
    recall(t, sentence, paragraph) {
      // A told place is what a reference back is for: the nearest located happening of the same kind, then
      // of the same type not long before, then any violence in the same paragraph.
      const kinds: [(h: Happening) => boolean, number][] = [
        [(h) => h.type === t.type && h.subType === t.subType, REACH],
        [(h) => h.type === t.type, 3],
        [(h) => isViolent(t.type) && isViolent(h.type) && h.paragraph === paragraph, 2],
      ];
      for (const [kind, reach] of kinds) {
        const located = find((h) => kind(h) && h.place !== null && sentence - h.sentence <= reach, sentence);
        if (located) return located;
      }
      return find((h) => h.type === t.type, sentence);
    },
    lastTerritory(sentence) {
      return find((h) => isTerritorial(h.subType) && h.place !== null && sentence - h.sentence <= 2, sentence);
    },
    last(sentence) {
      return find((h) => h.sentence === sentence - 1 && h.place !== null, sentence);
    },
  };
}
