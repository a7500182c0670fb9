import { Fragment } from 'react';
import { wordChunks } from './wordChunks.ts';

/**
 * Document text that wraps in bounded time: runs longer than 32 code points get a `<wbr>` every 32 (see
 * wordChunks.ts). Plain React text nodes, never markup.
 */
export function BreakableText({ text }: { text: string }) {
  const pieces = wordChunks(text);
  if (pieces.length === 1) return text;
  return pieces.map((piece, i) => (
    <Fragment key={i}>{i > 0 ? <wbr /> : null}{piece}</Fragment>
  ));
}
