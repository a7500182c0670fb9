/**
 * Binds the selection to the URL hash: a link with `#event=<id>` opens on that event, selecting pushes a
 * history entry (so Back returns to the previous selection), and `hashchange` (Back, Forward, an edited
 * URL) selects again. The store stays the source of truth; this is an edge adapter like the map's.
 */
import { appStore, selectEvent } from './appStore.ts';
import { formatEventHash, parseEventHash } from './eventHash.ts';

/** The slice of `window` this binding uses, so tests can pass a fake. */
export interface HashHost {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'pushState'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** Starts syncing and returns the stop function. */
export function startHashSync(host: HashHost = window): () => void {
  const applyHash = (): void => selectEvent(parseEventHash(host.location.hash).eventId);
  applyHash();

  const unsubscribe = appStore.subscribe((state, prev) => {
    if (state.selectedId === prev.selectedId) return;
    const { hash, pathname, search } = host.location;
    // Skip when the URL already says so: the change came from the hash itself.
    if (parseEventHash(hash).eventId === state.selectedId) return;
    const next = formatEventHash({ eventId: state.selectedId }, hash);
    host.history.pushState(null, '', next || `${pathname}${search}`);
  });

  host.addEventListener('hashchange', applyHash);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', applyHash);
  };
}
