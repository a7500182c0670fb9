import './review.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fetchReview, writeSidecar } from './reviewApi.ts';
import { reviewKey, type ReviewCommand } from './reviewKey.ts';
import { countStatuses, shownEvent, STATUS_WORDS } from './reviewStatus.ts';
import type { ReviewPayload, ReviewStatus, SidecarAction, SidecarWrite } from './reviewTypes.ts';
import { ReviewCard } from './ReviewCard.tsx';
import { EventForm } from './EventForm.tsx';
import { DocumentText } from './DocumentText.tsx';
import { MergeInto } from './MergeInto.tsx';

type Filter = ReviewStatus | 'all';
const FILTERS: Filter[] = ['unreviewed', 'accepted', 'rejected', 'edited', 'all'];
/** One write to undo: which document's sidecar, and the text it had before. */
interface Undo { document: string; write: SidecarWrite; what: string }

/**
 * The editor's review screen (`npm start`, then `?review=1`; never in a build): documents on the left,
 * their events filtered by status, the event under review beside its sentence, and the actions. Every
 * decision is written to the document's sidecar by the dev server; the atlas behind updates in place.
 * Keys: j/k next/previous, a accept, r reject, e edit, x back to "to review", u (or Ctrl+Z) undo.
 */
export function ReviewApp() {
  const [payload, setPayload] = useState<ReviewPayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [docId, setDocId] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>('unreviewed');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'add'>('view');
  const [quote, setQuote] = useState('');
  const [undo, setUndo] = useState<Undo[]>([]);
  const [message, setMessage] = useState('');
  // Where the event under review was in the list: when a decision takes it out, the next one takes its place.
  const [lastIndex, setLastIndex] = useState(0);

  const load = useCallback(() => fetchReview().then(setPayload, (e: Error) => setError(e.message)), []);
  useEffect(() => { void load(); }, [load]);

  const doc = payload?.documents.find((d) => d.id === docId) ?? payload?.documents[0] ?? null;
  const events = useMemo(() => (doc ? doc.events.filter((e) => filter === 'all' || e.status === filter) : []), [doc, filter]);
  let index = events.findIndex((e) => e.id === currentId);
  if (index < 0) index = Math.min(lastIndex, events.length - 1);
  const current = index >= 0 ? events[index]! : null;

  const run = useCallback(async (action: SidecarAction, what: string) => {
    if (!doc) return;
    try {
      setLastIndex(Math.max(0, index));
      const write = await writeSidecar(doc.file, action);
      if (action.type !== 'restore') setUndo((u) => [...u, { document: doc.file, write, what }]);
      setError(null);
      setMode('view');
      // Said once the screen shows the result, so the message and the list never disagree.
      await load();
      setMessage(`${what}. Written to ${write.sidecar}.`);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [doc, load, index]);

  const undoLast = useCallback(async () => {
    const last = undo.at(-1);
    if (!last) return;
    try {
      await writeSidecar(last.document, { type: 'restore', text: last.write.before });
      setUndo((u) => u.slice(0, -1));
      await load();
      setMessage(`Undone: ${last.what}.`);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [undo, load]);

  const command = useCallback((c: ReviewCommand) => {
    const move = (to: number) => { const e = events[Math.max(0, Math.min(events.length - 1, to))]; if (e) setCurrentId(e.id); };
    if (c === 'undo') return void undoLast();
    if (c === 'next') return move(index + 1);
    if (c === 'previous') return move(index - 1);
    if (!current) return;
    const title = shownEvent(current).title;
    if (c === 'accept') return void run({ type: 'accept', id: current.id }, `Accepted “${title}”`);
    if (c === 'reject') return void run({ type: 'reject', id: current.id }, `Rejected “${title}”`);
    if (c === 'reset') return void run({ type: 'reset', id: current.id }, `Back to review: “${title}”`);
    if (c === 'edit') setMode('edit');
  }, [events, index, current, run, undoLast]);

  useEffect(function listenToReviewKeys() {
    const onKeyDown = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
      const c = reviewKey({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, typing });
      if (!c || (mode !== 'view' && c !== 'undo')) return;
      e.preventDefault();
      command(c);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [command, mode]);

  const counts = doc ? countStatuses(doc.events) : null;
  return (
    <div className="review">
      <header className="review__header">
        <h1 className="review__title">Review</h1>
        <p className="review__help">Keys: j / k next and previous, a accept, r reject, e edit, x back to review, u undo</p>
        <button type="button" className="button" onClick={() => void undoLast()} disabled={undo.length === 0}>
          Undo{undo.length ? `: ${undo.at(-1)!.what}` : ''}
        </button>
        <a className="review__back" href="./">Back to the atlas</a>
      </header>
      <p className="review__message" role="status">{message}</p>
      {error ? <p className="review__error" role="alert">{error}</p> : null}
      {!payload ? <p>{error ? 'The review needs the dev server (npm start).' : 'Loading…'}</p> : (
        <div className="review__body">
          <nav className="review__documents" aria-label="Documents">
            <ul>
              {payload.documents.map((d) => {
                const c = countStatuses(d.events);
                return (
                  <li key={d.id}>
                    <button type="button" className="review__document" aria-current={d.id === doc?.id ? 'true' : undefined}
                      onClick={() => { setDocId(d.id); setCurrentId(null); setMode('view'); }}>
                      <span className="review__document-title">{d.title}</span>
                      <span className="review__document-progress">{c.unreviewed} of {d.events.length} to review</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          {doc && counts ? (
            <main className="review__main" aria-labelledby="review-document-title">
              <h2 id="review-document-title" className="review__document-heading">{doc.title}</h2>
              <div className="review__filters" role="group" aria-label="Show">
                {FILTERS.map((f) => (
                  <button key={f} type="button" className="button" aria-pressed={filter === f} onClick={() => { setFilter(f); setCurrentId(null); }}>
                    {f === 'all' ? `All (${doc.events.length})` : `${STATUS_WORDS[f]} (${counts[f]})`}
                  </button>
                ))}
              </div>
              <div className="review__columns">
                <ol className="review__events" aria-label="Events">
                  {events.map((e) => (
                    <li key={e.id}>
                      <button type="button" className="review__event" aria-current={e.id === current?.id ? 'true' : undefined}
                        onClick={() => { setCurrentId(e.id); setMode('view'); }}>
                        <span className="review__event-title">{shownEvent(e).title}</span>
                        <span className={`review__event-status review-card__status--${e.status}`}>{STATUS_WORDS[e.status]}</span>
                      </button>
                    </li>
                  ))}
                  {events.length === 0 ? <li className="review__none">Nothing here.</li> : null}
                </ol>
                <section className="review__current" aria-label="Event under review">
                  {current && mode === 'edit' ? (
                    <EventForm initial={shownEvent(current)} submitLabel="Save correction" onCancel={() => setMode('view')}
                      onSubmit={(fields) => void run({ type: 'correct', id: current.id, fields }, `Edited “${fields.title ?? shownEvent(current).title}”`)} />
                  ) : mode === 'add' ? (
                    <EventForm quote={quote} all submitLabel="Add event" onCancel={() => setMode('view')}
                      initial={{ title: '', type: 'battles', date: null, place: null, actors: [], certainty: 'stated' }}
                      onSubmit={(fields) => void run({ type: 'add', entry: { ...fields, quote, title: fields.title!, type: fields.type! } }, `Added “${fields.title}”`)} />
                  ) : current ? (
                    <>
                      <ReviewCard document={doc} event={current} />
                      <div className="review__actions">
                        <button type="button" className="button review-button--primary" onClick={() => command('accept')} aria-keyshortcuts="a">Accept</button>
                        <button type="button" className="button" onClick={() => command('reject')} aria-keyshortcuts="r">Reject</button>
                        <button type="button" className="button" onClick={() => command('edit')} aria-keyshortcuts="e">Edit</button>
                        <MergeInto event={current} others={doc.events.filter((e) => e.id !== current.id && e.status !== 'rejected')}
                          onMerge={(target) => void run({ type: 'reject', id: current.id, reason: `merged into ${target.id}` },
                            `Merged “${shownEvent(current).title}” into “${shownEvent(target).title}”`)} />
                        {current.status !== 'unreviewed' && !current.added ? (
                          <button type="button" className="button" onClick={() => command('reset')} aria-keyshortcuts="x">Back to review</button>
                        ) : null}
                      </div>
                    </>
                  ) : <p>No event to review here. Choose another filter or document.</p>}
                </section>
              </div>
              <DocumentText document={doc} highlight={current?.sources.find((s) => s.document === doc.id) ?? null}
                onAdd={(selected) => { setQuote(selected); setMode('add'); }} />
            </main>
          ) : null}
        </div>
      )}
    </div>
  );
}
