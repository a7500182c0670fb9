import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed (or emulates print media). Browsers announce printing two ways and not
 * all of them use both: `beforeprint`/`afterprint` around window.print() and Ctrl+P, and a `change` of
 * `matchMedia('print')` (print preview, devtools and Playwright's emulateMedia). Listening to both covers
 * every path.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);

  useEffect(function followPrinting() {
    const media = window.matchMedia('print');
    // The browser lays out the page for print right after `beforeprint` returns: a render scheduled for
    // later would miss the snapshot, so it is committed synchronously.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const follow = (e: MediaQueryListEvent) => (e.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', follow);
    };
  }, []);

  return printing;
}
