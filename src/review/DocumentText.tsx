import { useState } from 'react';
import type { Source } from '../compiler/schema.ts';
import { highlightParagraphs } from '../panels/highlightParagraphs.ts';
import type { ReviewDocument } from './reviewTypes.ts';

/**
 * The whole document, the sentence under review marked, where the editor selects a sentence (or part of
 * one) the extractor missed and adds an event from it. Paragraphs are text nodes.
 */
export function DocumentText({ document, highlight, onAdd }: {
  document: ReviewDocument;
  highlight: Source | null;
  onAdd: (quote: string) => void;
}) {
  const [selected, setSelected] = useState('');
  const paragraphs = highlightParagraphs(document.text, highlight?.quote ?? '', highlight?.start ?? -1, highlight?.end ?? -1);
  const readSelection = () => {
    const text = window.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '';
    setSelected(text);
  };
  return (
    <section className="review-document" aria-labelledby="review-document-text">
      <div className="review-document__bar">
        <h3 id="review-document-text" className="review-document__title">The document</h3>
        <button type="button" className="button" disabled={!selected} onClick={() => onAdd(selected)}>
          Add event from selection
        </button>
      </div>
      <div className="review-document__text" onMouseUp={readSelection} onKeyUp={readSelection}>
        {paragraphs.map((p) => (
          <p key={p.start}>{p.parts.map((part, j) => (part.mark ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>))}</p>
        ))}
      </div>
    </section>
  );
}
