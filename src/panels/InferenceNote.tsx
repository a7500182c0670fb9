import type { Inference, Source } from '../compiler/schema.ts';
import { describeInference } from './describeInference.ts';
import { BreakableText } from './BreakableText.tsx';

interface InferenceNoteProps {
  inference: Inference | undefined;
  what: 'date' | 'place';
  onRead: (source: Source, opener: HTMLButtonElement) => void;
}

/**
 * Under a date or place the event's own sentence does not give: where it came from, and the sentence it was
 * read in, as text with a button to read it in its document.
 */
export function InferenceNote({ inference, what, onRead }: InferenceNoteProps) {
  if (!inference) return null;
  const source = inference.source;
  return (
    <span className="details__inferred">
      {describeInference(inference, what)}
      {source ? (
        <>
          {' '}<q className="details__inferred-quote"><BreakableText text={source.quote} /></q>{' '}
          <button type="button" className="button details__inferred-read" onClick={(e) => onRead(source, e.currentTarget)}
            aria-label={`Read where the ${what} comes from`}>
            Read
          </button>
        </>
      ) : null}
    </span>
  );
}
