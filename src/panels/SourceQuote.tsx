import type { Document, Source } from '../compiler/schema.ts';

interface SourceQuoteProps {
  source: Source;
  document: Document | undefined;
}

/** A quoted sentence with its document's title and line. React escapes the text: it stays text. */
export function SourceQuote({ source, document }: SourceQuoteProps) {
  return (
    <figure className="quote">
      <blockquote className="quote__text">
        <p>{source.quote}</p>
      </blockquote>
      <figcaption className="quote__caption">
        <cite>{document?.title ?? source.document}</cite>
        {document?.published ? `, ${document.published}` : ''}, line {source.line}
      </figcaption>
    </figure>
  );
}
