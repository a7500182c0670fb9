/**
 * The URL fragment as app state: `#event=<id>`. Parsed as URLSearchParams so later issues can add
 * `from`, `to`, filters and story steps (`#event=x&from=2017-01`) without a new format.
 * Pure: strings in, objects out; the browser binding lives in hashSync.ts.
 */

export interface HashState {
  eventId: string | null;
}

/** Reads `#event=<id>` (leading `#` optional); anything else yields no event. */
export function parseEventHash(hash: string): HashState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const eventId = params.get('event');
  return { eventId: eventId ? eventId : null };
}

/**
 * Writes the state into an existing hash, keeping parameters this module does not own, so a later
 * `from=`/`to=` survives a selection change. Returns '' when nothing is left.
 */
export function formatEventHash(state: HashState, currentHash = ''): string {
  const params = new URLSearchParams(currentHash.startsWith('#') ? currentHash.slice(1) : currentHash);
  if (state.eventId) params.set('event', state.eventId);
  else params.delete('event');
  const text = params.toString();
  return text ? `#${text}` : '';
}
