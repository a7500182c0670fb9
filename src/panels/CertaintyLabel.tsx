import './details.css';
import type { Certainty } from '../compiler/schema.ts';
import { certaintyMeaning, certaintyWord } from '../data/certainties.ts';

/** The certainty as a word (a coloured dot only repeats it), optionally with what the word means. */
export function CertaintyLabel({ certainty, explain = false }: { certainty: Certainty; explain?: boolean }) {
  return (
    <span className={`certainty certainty--${certainty}`}>
      <strong>{certaintyWord(certainty)}</strong>
      {explain ? <span className="certainty__meaning"> — {certaintyMeaning(certainty)}</span> : null}
    </span>
  );
}
