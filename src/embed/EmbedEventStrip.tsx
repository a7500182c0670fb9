import { useAppStore } from '../store/appStore.ts';
import { selectCurrentStoryStep, selectDocumentsById, selectSelectedEvent, selectStorySteps } from '../store/selectors.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { CertaintyLabel } from '../panels/CertaintyLabel.tsx';
import { SourceReader } from '../panels/SourceReader.tsx';
import { useFirstSourceReader } from '../panels/useFirstSourceReader.ts';

/**
 * The embed's stand-in for the details panel: the selected event's title, date and certainty on two
 * lines, and its first source in the reader. The button says "Source" (named "Read source: …") so the
 * date keeps its room at 400 px. The full view, one link away, has every source and fact.
 */
export function EmbedEventStrip() {
  const event = useAppStore(selectSelectedEvent);
  const documents = useAppStore(selectDocumentsById);
  const missingId = useAppStore((s) => s.missingId);
  // A host steering a story (atlas:story) gets the step and its caption here; the presenter's bar is the full view's.
  const storyStep = useAppStore((s) => s.story?.step ?? null);
  const stepCount = useAppStore((s) => selectStorySteps(s).length);
  const caption = useAppStore((s) => selectCurrentStoryStep(s)?.caption);
  // A new selection (the next step, a host's message) closes the reader.
  const { opener, readingId, open: openReader, close: closeReader } = useFirstSourceReader();

  if (!event) {
    return missingId === null
      ? <p className="embed-strip__empty">Select an event on the map or the timeline.</p>
      : <p className="embed-strip__empty" role="status">This event is no longer in the atlas.</p>;
  }
  const source = event.sources[0];
  const document = source ? documents.get(source.document) : undefined;
  return (
    <div className="embed-strip__event">
      <h2 className="embed-strip__title">{event.title}</h2>
      {caption ? <p className="embed-strip__caption">{caption}</p> : null}
      <p className="embed-strip__meta">
        {storyStep === null ? null : <span className="embed-strip__step">Step {storyStep + 1} of {stepCount}</span>}
        <span className="embed-strip__date">{formatEventDate(event.date)}</span>
        <CertaintyLabel certainty={event.certainty} />
        {source ? (
          <button ref={opener} type="button" className="button embed-strip__read" onClick={() => openReader(event.id)}
            aria-label={`Read source: ${document?.title ?? source.document}`}>
            Source
          </button>
        ) : null}
      </p>
      {readingId === event.id && source ? <SourceReader source={source} document={document} onClose={closeReader} /> : null}
    </div>
  );
}
