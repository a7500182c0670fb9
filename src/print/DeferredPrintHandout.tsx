import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { afterFirstPaint } from '../browser/afterFirstPaint.ts';
import { usePrinting } from './usePrinting.ts';

type Handout = typeof import('./PrintHandout.tsx').PrintHandout;

// A module variable, not only state: `beforeprint` renders synchronously (usePrinting's flushSync), and
// that render must find the handout if it has loaded, whatever updates are still queued.
let handout: Handout | null = null;
let loading: Promise<void> | null = null;

/** Fetches the handout's code once; the Print button waits for it, a browser's own Print cannot. */
export function loadPrintHandout(): Promise<void> {
  loading ??= import('./PrintHandout.tsx').then((m) => {
    handout = m.PrintHandout;
  });
  return loading;
}

/**
 * The print handout, whose code is not part of the first view: it is fetched once the page is idle after
 * the first paint, so printing from the browser's menu finds it ready. Printing before that prints the
 * page as it is.
 */
export function DeferredPrintHandout() {
  const printing = usePrinting();
  const [, setLoaded] = useState(handout !== null);
  // Later than the timeline's code: printing waits for a user, the timeline is part of the first view.
  useEffect(() => afterFirstPaint(() => void loadPrintHandout().then(() => setLoaded(true)), 3000), []);
  const Handout = handout;
  return printing && Handout ? createPortal(<Handout />, document.body) : null;
}
