import type { HashHost } from '../store/hashSync.ts';

/**
 * `window` for the hash sync of an embedded atlas: every URL change replaces the current history entry.
 * A frame's pushState adds entries to the host page's joint session history, so selections inside an
 * embed would otherwise make the host page's Back button walk them before it leaves the page.
 */
export function embeddedHashHost(win: Window): HashHost {
  return {
    location: win.location,
    history: {
      pushState: (data, unused, url) => win.history.replaceState(data, unused, url),
      replaceState: (data, unused, url) => win.history.replaceState(data, unused, url),
    },
    addEventListener: (type, listener) => win.addEventListener(type, listener),
    removeEventListener: (type, listener) => win.removeEventListener(type, listener),
  };
}
