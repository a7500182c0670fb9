import { useAppStore } from '../store/appStore.ts';
import { selectCurrentStoryStep, selectDocumentsById, selectSelectedEvent, selectStorySteps } from '../store/selectors.ts';
import { summarizeCasualties } from '../data/describeCasualties.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { CertaintyLabel } from '../panels/CertaintyLabel.tsx';
import { SourceReader } from '../panels/SourceReader.tsx';
import { useFirstSourceReader } from '../panels/useFirstSourceReader.ts';

/**
 * The step's caption card, the one thing a class reads from the back of the room: which step, the
 * presenter's caption when seeds/story.yaml gives one, the event's title, when and where, the deaths and
 * injuries its sources report (in brief, never summed across sources: describeCasualties.ts), how sure (in
 * words), and the sentence it was read from with its document. Text nodes only, like everything from the
 * seeds. The whole source stays one button away; every fact is in the explorer's details panel.
 */
export function StoryCard() {
  const event = useAppStore(selectSelectedEvent);
  const documents = useAppStore(selectDocumentsById);
  const storyTitle = useAppStore((s) => s.dataset.story?.title ?? 'Story: events by date');
  const step = useAppStore((s) => s.story?.step ?? 0);
  const stepCount = useAppStore((s) => selectStorySteps(s).length);
  const caption = useAppStore((s) => selectCurrentStoryStep(s)?.caption);
  // A new selection (the next step, a host's message) closes the reader.
  const { opener, readingId, open: openReader, close: closeReader } = useFirstSourceReader();

  if (!event) return null;
  const source = event.sources[0];
  const document = source ? documents.get(source.document) : undefined;
  const more = event.sources.length - 1;
  const casualties = summarizeCasualties(event.sources);
  return (
    <article className="story-card__event" aria-labelledby="story-card-title">
      <p className="story-card__kicker">
        <span>{storyTitle}</span> · <span className="story-card__step">Step {step + 1} of {stepCount}</span>
      </p>
      {caption ? <p className="story-card__caption">{caption}</p> : null}
      <h2 id="story-card-title" className="story-card__title">{event.title}</h2>
      <p className="story-card__facts">
        <span>{formatEventDate(event.date)}</span>
        {event.place ? <span>{event.place.name}{event.place.approximate ? ' (approximate)' : ''}</span> : null}
        {casualties ? <span className="story-card__casualties">Reported: {casualties}</span> : null}
        <CertaintyLabel certainty={event.certainty} />
      </p>
      {source ? (
        <figure className="story-card__source">
          <blockquote className="story-card__quote"><p>{source.quote}</p></blockquote>
          <figcaption className="story-card__cite">
            <cite>{document?.title ?? source.document}</cite>
            {document?.published ? `, ${document.published}` : null}
            {more > 0 ? ` (and ${more} more source${more === 1 ? '' : 's'})` : null}
          </figcaption>
          <button ref={opener} type="button" className="button story-card__read" onClick={() => openReader(event.id)}
            aria-label={`Read source: ${document?.title ?? source.document}`}>
            Read source
          </button>
        </figure>
      ) : null}
      {readingId === event.id && source ? <SourceReader source={source} document={document} onClose={closeReader} /> : null}
    </article>
  );
}
