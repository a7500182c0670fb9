import type { DatedEvent } from '../store/selectors.ts';

/**
 * An item's label as a DOM element. vis-timeline parses string content as HTML, and titles come from
 * untrusted documents, so the text goes in through textContent only.
 *
 * vis items are plain divs that only answer pointer taps; the label is made a focusable button, so a
 * keyboard user can reach and select events on the timeline too (Enter or Space calls `onActivate`).
 */
export function itemContent(event: DatedEvent, onActivate: (id: string) => void): HTMLElement {
  const label = document.createElement('span');
  label.className = 'event-item__label';
  label.textContent = event.title;
  label.tabIndex = 0;
  label.setAttribute('role', 'button');
  label.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onActivate(event.id);
  });
  return label;
}
