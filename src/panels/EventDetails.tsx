import './details.css';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Source } from '../compiler/schema.ts';
import { useAppStore } from '../store/appStore.ts';
import { selectActorsById, selectDocumentsById, selectSelectedEvent } from '../store/selectors.ts';
import { describeActors } from '../data/describeActors.ts';
import { describeDate } from '../data/describeDate.ts';
import { describePlace } from '../data/describePlace.ts';
import { describeTypeAndSubType } from '../data/eventSubTypes.ts';
import { CertaintyLabel } from './CertaintyLabel.tsx';
import { InferenceNote } from './InferenceNote.tsx';
import { SourceQuote } from './SourceQuote.tsx';
import { summarizeCasualties } from '../data/describeCasualties.ts';
import { MissingEventNotice } from './MissingEventNotice.tsx';
import { BreakableText } from './BreakableText.tsx';

// The reader (a dialog over the page, and its text fetching) loads when a source is opened.
const SourceReader = lazy(() => import('./SourceReader.tsx').then((m) => ({ default: m.SourceReader })));

/** The selected event: what, when, where, who, how sure, and every sentence it was read from. */
export function EventDetails() {
  const event = useAppStore(selectSelectedEvent);
  const documents = useAppStore(selectDocumentsById);
  const actors = useAppStore(selectActorsById);
  const [reading, setReading] = useState<Source | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const article = useRef<HTMLElement>(null);

  useEffect(function showNewEventFromTheTop() {
    // The panel scrolls; a new event should not open halfway down the previous one's sources.
    article.current?.parentElement?.scrollTo({ top: 0 });
  }, [event?.id]);

  const openReader = useCallback((source: Source, button: HTMLButtonElement) => {
    opener.current = button;
    setReading(source);
  }, []);
  const closeReader = useCallback(() => {
    setReading(null);
    // The dialog is gone; put focus back where the reader was, as the dialog pattern asks.
    opener.current?.focus();
  }, []);

  if (!event) {
    return (
      <>
        <MissingEventNotice className="details__missing" />
        <p className="details__empty">Select an event on the map, the timeline or the list to see where it comes from.</p>
      </>
    );
  }
  const casualties = summarizeCasualties(event.sources);
  return (
    <article ref={article} className="details" aria-labelledby="details-title">
      <h2 id="details-title" className="details__title"><BreakableText text={event.title} /></h2>
      <dl className="details__facts">
        <dt>Date</dt>
        <dd>{describeDate(event.date)}<InferenceNote inference={event.inferred?.date} what="date" onRead={openReader} /></dd>
        <dt>Place</dt>
        <dd>{describePlace(event.place)}<InferenceNote inference={event.inferred?.place} what="place" onRead={openReader} /></dd>
        <dt>Actors</dt>
        <dd>{describeActors(event.actors, actors)}</dd>
        <dt>Type</dt>
        <dd>{describeTypeAndSubType(event.type, event.subType)}</dd>
        <dt>Certainty</dt>
        <dd><CertaintyLabel certainty={event.certainty} explain /></dd>
        {casualties ? (<><dt>Casualties</dt><dd>{casualties}</dd></>) : null}
        {event.edited ? (<><dt>Edited</dt><dd>Edited by the newsroom</dd></>) : null}
      </dl>
      <h3 className="details__subtitle">{event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}</h3>
      <ul className="details__sources">
        {event.sources.map((source) => (
          <SourceQuote key={`${source.document}:${source.start}`} source={source}
            document={documents.get(source.document)} onRead={openReader} />
        ))}
      </ul>
      {reading ? (
        <Suspense fallback={null}>
          <SourceReader source={reading} document={documents.get(reading.document)} onClose={closeReader} />
        </Suspense>
      ) : null}
    </article>
  );
}
