import { useEffect, useState } from 'react';
import type { Document } from '../compiler/schema.ts';
import { loadDocumentText } from '../data/dataset.ts';

export type DocumentText =
  | { state: 'loading' }
  | { state: 'ready'; text: string }
  | { state: 'failed'; reason: string };

/** A document's full text for the source reader: at once when inline, else fetched from its file. */
export function useDocumentText(document: Document | undefined): DocumentText {
  const inline = document?.text;
  const [loaded, setLoaded] = useState<{ document: Document; result: DocumentText } | null>(null);

  useEffect(() => {
    if (!document || document.text !== undefined) return;
    let current = true;
    loadDocumentText(document).then(
      (text) => current && setLoaded({ document, result: { state: 'ready', text } }),
      (error: unknown) => current && setLoaded({ document, result: { state: 'failed', reason: String((error as Error).message ?? error) } }),
    );
    return () => { current = false; };
  }, [document]);

  if (inline !== undefined) return { state: 'ready', text: inline };
  if (!document) return { state: 'failed', reason: 'unknown document' };
  return loaded?.document === document ? loaded.result : { state: 'loading' };
}
