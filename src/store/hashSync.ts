/**
 * Binds the whole view to the URL hash (see eventHash.ts): a link opens on the view it names; selecting
 * pushes a history entry (so Back walks selections) while window, filter and grouping changes replace the
 * current one (so Back does not replay every keystroke of a search). `hashchange` (Back, Forward, an
 * edited URL) applies the hash again. The store stays the source of truth; this is an edge adapter.
 */
import { appStore, goToStep, leaveStory, selectEvent, setFilters, setGroupBy, setWindow, type AppState } from './appStore.ts';
import { formatEventHash, parseEventHash } from './eventHash.ts';
import { isoDay } from './isoDay.ts';

/** The slice of `window` this binding uses, so tests can pass a fake. */
export interface HashHost {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

const sameDays = (a: AppState['window'], b: AppState['window']) =>
  a === b || (!!a && !!b && isoDay(a.start) === isoDay(b.start) && isoDay(a.end) === isoDay(b.end));

/** The hash for a store state, keeping foreign parameters of the current hash. */
export function hashOf(state: AppState, currentHash: string): string {
  return formatEventHash(
    { eventId: state.selectedId, window: state.window, filters: state.filters, groupBy: state.groupBy, storyStep: state.story?.step ?? null },
    currentHash,
  );
}

/** Applies a hash to the store. A window is only set when its days differ, so a link's whole days do not
 * snap the timeline away from the finer window the reader dragged to. */
export function applyHash(hash: string): void {
  const view = parseEventHash(hash);
  const state = appStore.getState();
  if (JSON.stringify(view.filters) !== JSON.stringify(state.filters)) setFilters(view.filters);
  setGroupBy(view.groupBy ?? 'type');
  if (view.window && !sameDays(view.window, state.window)) setWindow(view.window);
  // A story step names its own event, so `story` wins over `event`.
  if (view.storyStep !== null) goToStep(view.storyStep);
  else {
    leaveStory();
    selectEvent(view.eventId);
  }
}

/** Starts syncing and returns the stop function. */
export function startHashSync(host: HashHost = window): () => void {
  // Applying a hash takes several store updates; writing the URL after each would record half-applied views.
  let applying = false;
  const onHashChange = (): void => {
    applying = true;
    try {
      applyHash(host.location.hash);
    } finally {
      applying = false;
    }
  };
  onHashChange();

  const unsubscribe = appStore.subscribe((state, prev) => {
    if (applying) return;
    const { hash, pathname, search } = host.location;
    const next = hashOf(state, hash);
    // Skip when the URL already says so: the change came from the hash itself (or changed nothing in it).
    if (next === hash || (next === '' && hash === '#')) return;
    const url = next || `${pathname}${search}`;
    // A selection the reader made is a step Back can undo; one a filter cleared goes with the filter.
    if (state.selectedId !== prev.selectedId && state.filters === prev.filters) host.history.pushState(null, '', url);
    else host.history.replaceState(null, '', url);
  });

  host.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    host.removeEventListener('hashchange', onHashChange);
  };
}
