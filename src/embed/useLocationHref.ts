import { useSyncExternalStore } from 'react';
import { appStore } from '../store/appStore.ts';

/**
 * The page's address, kept current. The hash sync writes the URL with pushState/replaceState, which fire
 * no event; it does so from its store subscription, which main.tsx registers before React renders, so by
 * the time this subscription runs the URL is already written. `hashchange` covers Back and edited URLs.
 */
function subscribe(onChange: () => void): () => void {
  const unsubscribe = appStore.subscribe(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onChange);
  };
}

const href = () => window.location.href;

export function useLocationHref(): string {
  return useSyncExternalStore(subscribe, href);
}
