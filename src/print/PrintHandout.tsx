import './print.css';
import { useState } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { safeHttpUrl } from '../data/safeHttpUrl.ts';
import { handoutEntries, type HandoutEntry } from './handoutEntries.ts';
import { handoutHeading } from './handoutHeading.ts';

/**
 * The story or the filtered events as a printed handout. Loaded after the first view and rendered only
 * while printing (DeferredPrintHandout), into <body> beside the app, so print.css can hide the app whole
 * (whatever views it grows) and print this alone.
 */
export function PrintHandout() {
  // The whole state: printing is rare and brief, and the handout reads most of it.
  const state = useAppStore((s) => s);
  // Mounted afresh for each print, so the date is the day of printing.
  const [now] = useState(Date.now);
  const heading = handoutHeading(state, now);
  const entries = handoutEntries(state);
  return (
    <section className="print-handout" aria-label="Print handout">
      <header className="handout__header">
        <h1 className="handout__title">Conflict Atlas</h1>
        <p className="handout__contents">{heading.contents}</p>
        <p className="handout__printed">{heading.printed}</p>
      </header>
      {entries.length === 0 ? <p>No events match the filters.</p> : entries.map((e, i) => <HandoutEvent key={i} entry={e} index={i} />)}
      <footer className="handout__credits">Places: GeoNames (CC BY 4.0). Events read from news articles by Conflict Atlas; every event cites the sentences it came from.</footer>
    </section>
  );
}

// Keyed by position: an authored story may visit the same event twice.
function HandoutEvent({ entry, index }: { entry: HandoutEntry; index: number }) {
  const titleId = `handout-event-${index}`;
  return (
    <article className="handout__event" aria-labelledby={titleId}>
      {entry.step ? <p className="handout__step">{entry.step}</p> : null}
      <h2 id={titleId} className="handout__event-title">{entry.title}</h2>
      {entry.caption ? <p className="handout__caption">{entry.caption}</p> : null}
      <dl className="handout__facts">
        <dt>Date</dt><dd>{entry.date}</dd>
        <dt>Place</dt><dd>{entry.place}</dd>
        <dt>Type</dt><dd>{entry.type}</dd>
        <dt>Actors</dt><dd>{entry.actors}</dd>
        <dt>Certainty</dt><dd>{entry.certainty}</dd>
        {entry.casualties ? (<><dt>Casualties</dt><dd>{entry.casualties}</dd></>) : null}
        {entry.edited ? (<><dt>Edited</dt><dd>Edited by the newsroom</dd></>) : null}
      </dl>
      <ul className="handout__sources" aria-label={entry.sources.length === 1 ? 'Source' : 'Sources'}>
        {entry.sources.map((s, i) => (
          <li key={i}>
            <blockquote className="handout__quote"><p>{s.quote}</p></blockquote>
            {s.casualties ? <p className="handout__casualties">Reported: {s.casualties}</p> : null}
            <p className="handout__cite">
              <cite>{s.documentTitle}</cite>, {s.where}
              {s.origin ? <> — <Origin text={s.origin} /></> : null}
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** A document's source: a link in a PDF when it is an http(s) URL, plain text otherwise (paper shows both). */
function Origin({ text }: { text: string }) {
  const href = safeHttpUrl(text);
  return href ? <a href={href}>{text}</a> : <span>{text}</span>;
}
