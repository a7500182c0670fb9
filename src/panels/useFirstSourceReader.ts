import { useCallback, useRef, useState } from 'react';

/**
 * The state of a "Read source" button that opens an event's first source in the reader (the story card,
 * the embed's strip): which event's source is open — so a new selection closes the reader — and the
 * button that gets focus back when it closes, as the dialog pattern asks.
 */
export function useFirstSourceReader() {
  const [readingId, setReadingId] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setReadingId(null);
    opener.current?.focus();
  }, []);
  return { opener, readingId, open: setReadingId, close };
}
