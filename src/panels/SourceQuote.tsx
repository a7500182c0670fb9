import type { Document, Source } from '../compiler/schema.ts';
import { describeCasualties } from '../data/describeCasualties.ts';
import { safeHttpUrl } from '../data/safeHttpUrl.ts';
import { BreakableText } from './BreakableText.tsx';

interface SourceQuoteProps {
  source: Source;
  document: Document | undefined;
  onRead: (source: Source, opener: HTMLButtonElement) => void;
}

/**
 * A quoted sentence with its document: title, publication date, a link to the original when it is an
 * http(s) URL (anything else is shown as text), and a button that opens the whole document. React escapes
 * every string here: document text stays text.
 */
export function SourceQuote({ source, document, onRead }: SourceQuoteProps) {
  const href = safeHttpUrl(document?.source);
  const title = document?.title ?? source.document;
  const casualties = describeCasualties(source.casualties);
  return (
    <li className="quote">
      <blockquote className="quote__text">
        <p><BreakableText text={source.quote} /></p>
      </blockquote>
      {casualties ? <p className="quote__casualties">Reported: {casualties}</p> : null}
      <p className="quote__caption">
        <cite>{title}</cite>
        {document?.published ? `, published ${document.published}` : ', publication date unknown'}, line {source.line}
      </p>
      <p className="quote__actions">
        <button type="button" className="button" onClick={(e) => onRead(source, e.currentTarget)}
          aria-label={`Read source: ${title}`}>
          Read source
        </button>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">Original article</a>
        ) : document?.source ? (
          <span className="quote__url">Original: {document.source}</span>
        ) : null}
      </p>
    </li>
  );
}
