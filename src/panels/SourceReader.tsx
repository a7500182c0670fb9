import { useEffect, useMemo, useRef } from 'react';
import type { Document, Source } from '../compiler/schema.ts';
import { highlightParagraphs } from './highlightParagraphs.ts';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { useDocumentText } from './useDocumentText.ts';
import { BreakableText } from './BreakableText.tsx';

interface SourceReaderProps {
  source: Source;
  document: Document | undefined;
  onClose: () => void;
}

/**
 * The whole document with the quoted sentence marked and scrolled into view, in a modal <dialog>: the
 * browser makes the page behind it inert and closes it on Escape; the caller returns focus to the opener.
 * Paragraphs are React text nodes, never HTML.
 */
export function SourceReader({ source, document, onClose }: SourceReaderProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const loaded = useDocumentText(document);
  // Until the text has arrived (or if it cannot), the quoted sentence alone.
  const text = loaded.state === 'ready' ? loaded.text : source.quote;
  const paragraphs = useMemo(() => highlightParagraphs(text, source.quote, source.start, source.end), [text, source]);

  useEffect(function openModal() {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // No close() on cleanup: removing the element takes it out of the top layer, and a close() here would
    // fire `close` (and so onClose) during StrictMode's test remount.
  }, []);

  useEffect(function showSentence() {
    mark.current?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [paragraphs]);

  return (
    // `close` covers Escape and the close button alike.
    <dialog ref={dialog} className="reader" aria-labelledby="reader-title" onClose={onClose}>
      <header className="reader__header">
        <h2 id="reader-title" className="reader__title">{document?.title ?? source.document}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>Close</button>
      </header>
      <p className="reader__meta">
        {document?.published ? `Published ${document.published}` : 'Publication date unknown'} · the quoted sentence is highlighted
      </p>
      {loaded.state === 'ready' ? null : (
        <p className="reader__status" role="status">
          {loaded.state === 'loading' ? 'Loading the whole document…' : `The whole document could not be loaded (${loaded.reason}): the quoted sentence alone.`}
        </p>
      )}
      {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div className="reader__text" tabIndex={0} role="region" aria-label="Document text">
        {paragraphs.map((p) => (
          <p key={p.start}>
            {p.parts.map((part, i) => (part.mark
              ? <mark key={i} ref={mark}><BreakableText text={part.text} /></mark>
              : <span key={i}><BreakableText text={part.text} /></span>))}
          </p>
        ))}
      </div>
    </dialog>
  );
}
