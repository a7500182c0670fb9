import { useAppStore } from '../store/appStore.ts';
import { selectDocumentsById, selectSelectedEvent } from '../store/selectors.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { describePlace } from './describePlace.ts';
import { describeCertainty } from './describeCertainty.ts';
import { SourceQuote } from './SourceQuote.tsx';

/** The selected event: what, when, where, how sure, and the sentences it was read from. */
export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const documents = useAppStore(selectDocumentsById);

  if (!event) {
    return <p className="details__empty">Select an event on the map or the timeline to see where it comes from.</p>;
  }
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" className="details__title">{event.title}</h2>
      <dl className="details__facts">
        <dt>Date</dt>
        <dd>{formatEventDate(event.date)}</dd>
        <dt>Place</dt>
        <dd>{describePlace(event.place)}</dd>
        <dt>Certainty</dt>
        <dd>{describeCertainty(event.certainty)}</dd>
      </dl>
      <h3 className="details__subtitle">{event.sources.length === 1 ? 'Source' : 'Sources'}</h3>
      {event.sources.map((source) => (
        <SourceQuote key={`${source.document}:${source.start}`} source={source} document={documents.get(source.document)} />
      ))}
    </article>
  );
}
