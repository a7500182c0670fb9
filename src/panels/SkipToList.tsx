/**
 * The first Tab stop: skips the toolbar, map and timeline to the Events list, the keyboard's path through
 * the events. A button rather than a `#fragment` link, because the URL's hash holds the atlas's state.
 * Hidden until focused. The list is virtualised but always renders its tabbable row, even scrolled out of
 * view, so it is there to focus; scrolling it into view (the row's scroll-margin clears the list's sticky
 * header) brings the virtualizer's rows around it.
 */
export function SkipToList() {
  const skip = () => {
    const row = document.querySelector<HTMLElement>('.event-list button[tabindex="0"]');
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  };
  return <button type="button" className="skip-link" onClick={skip}>Skip to the events list</button>;
}
