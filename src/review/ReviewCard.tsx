import type { Inference } from '../compiler/schema.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { certaintyWord } from '../data/certainties.ts';
import { describeTypeAndSubType } from '../data/eventSubTypes.ts';
import { PLACE_PRECISION_TABLE } from '../data/precisions.ts';
import { contextParts } from './contextParts.ts';
import { shownEvent, STATUS_WORDS } from './reviewStatus.ts';
import type { ReviewDocument, ReviewEvent } from './reviewTypes.ts';

/** Where a date or place came from, in the extractor's terms, so the editor knows what to check. */
function provenance(inference: Inference | undefined, given: boolean, what: 'date' | 'place'): string {
  if (!given) return `no ${what} found`;
  if (!inference) return 'from the sentence';
  const quoted = inference.source ? `: “${inference.source.quote}”` : '';
  if (inference.from === 'publication') return 'from the publication date (the text gives none)';
  if (inference.from === 'dateline') return `from the dateline${quoted}`;
  return `from the context${quoted}`;
}

/**
 * The event under review beside the sentence it was read from: the sentence marked in its paragraph, the
 * trigger word strong, and the extractor's reasons (which word, where the date and the place came from).
 * All document text goes into text nodes.
 */
export function ReviewCard({ document, event }: { document: ReviewDocument; event: ReviewEvent }) {
  const shown = shownEvent(event);
  const source = event.sources.find((s) => s.document === document.id) ?? event.sources[0];
  const parts = source ? contextParts(document.text, source.start, source.end, event.trigger) : [];
  return (
    <article className="review-card" aria-labelledby="review-card-title">
      <p className={`review-card__status review-card__status--${event.status}`}>{STATUS_WORDS[event.status]}{event.added ? ' (added by the newsroom)' : ''}</p>
      <h3 id="review-card-title" className="review-card__title">{shown.title}</h3>
      <dl className="review-card__facts">
        <dt>Type</dt><dd>{describeTypeAndSubType(shown.type, shown.subType)}</dd>
        <dt>Date</dt><dd>{formatEventDate(shown.date)} <span className="review-card__why">({provenance(shown.inferred?.date, shown.date !== null, 'date')})</span></dd>
        <dt>Place</dt><dd>{shown.place ? `${shown.place.name} (${PLACE_PRECISION_TABLE[shown.place.precision].word})` : 'Place unknown'} <span className="review-card__why">({provenance(shown.inferred?.place, shown.place !== null, 'place')})</span></dd>
        <dt>Actors</dt><dd>{shown.actors.length ? shown.actors.join(', ') : 'None named'}</dd>
        <dt>Certainty</dt><dd>{certaintyWord(shown.certainty)}</dd>
        {event.trigger ? (<><dt>Read from</dt><dd>the word “{event.trigger.text}”</dd></>) : null}
        <dt>Id</dt><dd className="review-card__id">{event.id}</dd>
      </dl>
      {source ? (
        <blockquote className="review-card__context" aria-label={`Source, line ${source.line}`}>
          <p>
            {parts.map((p, i) => (
              p.kind === 'quote' ? <mark key={i}>{p.text}</mark>
                : p.kind === 'trigger' ? <mark key={i}><strong>{p.text}</strong></mark>
                  : <span key={i} className="review-card__around">{p.text}</span>
            ))}
          </p>
          <footer className="review-card__line">{document.file}, line {source.line}</footer>
        </blockquote>
      ) : null}
    </article>
  );
}
