import { useState, type FormEvent } from 'react';
import type { Certainty, Event, EventPlace, EventType } from '../compiler/schema.ts';
import { CERTAINTIES } from '../data/certainties.ts';
import { EVENT_TYPES, EVENT_TYPE_TABLE } from '../data/eventTypes.ts';
import { PlaceSearch } from './PlaceSearch.tsx';
import type { EventFields } from './reviewTypes.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface EventFormProps {
  /** The event as it stands (edit), or the starting values of a new one (add). */
  initial: Pick<Event, 'title' | 'type' | 'date' | 'place' | 'actors' | 'certainty'>;
  /** Shown above the fields of a new event: the sentence it will cite. */
  quote?: string;
  submitLabel: string;
  /** Only the fields the editor changed (edit), or all of them (add, where `all` is true). */
  onSubmit: (fields: EventFields) => void;
  onCancel: () => void;
  all?: boolean;
}

/**
 * Title, type, date (its precision follows from how much of it is given: 2017, 2017-03, 2017-03-02),
 * place from the gazetteer, actor ids and certainty. The compiler checks the result against the schema
 * when it reads the sidecar, and says so at file and line.
 */
export function EventForm({ initial, quote, submitLabel, onSubmit, onCancel, all = false }: EventFormProps) {
  const [title, setTitle] = useState(initial.title);
  const [type, setType] = useState<EventType>(initial.type);
  const [date, setDate] = useState(initial.date?.start ?? '');
  const [place, setPlace] = useState<EventPlace | null>(initial.place);
  const [actors, setActors] = useState(initial.actors.join(', '));
  const [certainty, setCertainty] = useState<Certainty>(initial.certainty);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setProblem('A title is needed.');
    if (date && !DATE.test(date)) return setProblem('A date is YYYY, YYYY-MM or YYYY-MM-DD, or empty for none.');
    const fields: EventFields = {};
    const actorList = actors.split(',').map((a) => a.trim()).filter(Boolean);
    if (all || title.trim() !== initial.title) fields.title = title.trim();
    if (all || type !== initial.type) fields.type = type;
    if (all || date !== (initial.date?.start ?? '')) fields.date = date ? { start: date, precision: precisionOf(date) } : null;
    if (all || JSON.stringify(place) !== JSON.stringify(initial.place)) fields.place = place;
    if (all || actorList.join(',') !== initial.actors.join(',')) fields.actors = actorList;
    if (all || certainty !== initial.certainty) fields.certainty = certainty;
    if (Object.keys(fields).length === 0) return setProblem('Nothing changed.');
    onSubmit(fields);
  };

  return (
    <form className="review-form" onSubmit={submit} aria-label={submitLabel}>
      {quote ? <blockquote className="review-form__quote"><p>{quote}</p></blockquote> : null}
      <label>Title<input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus /></label>
      <label>Type
        <select value={type} onChange={(e) => setType(e.target.value as EventType)}>
          {EVENT_TYPES.map((t) => <option key={t} value={t}>{EVENT_TYPE_TABLE[t].label}</option>)}
        </select>
      </label>
      <label>Date (YYYY, YYYY-MM or YYYY-MM-DD)<input value={date} onChange={(e) => setDate(e.target.value)} inputMode="numeric" /></label>
      <PlaceSearch value={place} onChange={setPlace} />
      <label>Actors (ids, comma-separated)<input value={actors} onChange={(e) => setActors(e.target.value)} /></label>
      <label>Certainty
        <select value={certainty} onChange={(e) => setCertainty(e.target.value as Certainty)}>
          {CERTAINTIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      {problem ? <p className="review-form__problem" role="alert">{problem}</p> : null}
      <div className="review-form__actions">
        <button type="submit" className="button review-button--primary">{submitLabel}</button>
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function precisionOf(date: string): 'day' | 'month' | 'year' {
  const parts = date.split('-').length;
  return parts === 3 ? 'day' : parts === 2 ? 'month' : 'year';
}
