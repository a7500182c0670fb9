import { formatEventDate } from '../data/formatEventDate.ts';
import type { DatedEvent } from '../store/selectors.ts';
import { KEYBOARD_HINT_ID } from './keyboardHint.ts';
import { textLabel, type ElementFactory } from './textLabel.ts';

export interface ItemContentHandlers {
  /** Enter or Space on the label. */
  onActivate(id: string): void;
  /** Keyboard focus enters (id) or leaves (null) the label: the keyboard twin of vis's itemover/itemout. */
  onHover(id: string | null): void;
}

/**
 * An item's label as a DOM element, text through textContent only (see textLabel).
 *
 * vis items are plain divs that only answer pointer taps; the title is made a focusable button, so a
 * keyboard user can reach and select events on the timeline too. It is not a Tab stop of its own: the
 * items share one (useRovingItems), and the arrow keys go from item to item. Spans (ranges, months, years) also show
 * their date, "March 2017", through CSS `attr(data-date)`: a caption outside the text keeps the button's
 * name and the item's text equal to the title. The native tooltip is the `title` attribute (never parsed).
 */
export function itemContent(event: DatedEvent, handlers: ItemContentHandlers, doc: ElementFactory = document): HTMLElement {
  const date = formatEventDate(event.date);
  const item = doc.createElement('span');
  item.className = 'event-item__content';
  item.title = `${date}: ${event.title}`;
  if (event.date.precision !== 'day' || event.date.end) item.setAttribute('data-date', date);

  const label = textLabel(event.title, 'event-item__label', doc);
  label.tabIndex = -1;
  label.setAttribute('role', 'button');
  label.setAttribute('aria-describedby', KEYBOARD_HINT_ID);
  label.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    handlers.onActivate(event.id);
  });
  label.addEventListener('focus', () => handlers.onHover(event.id));
  label.addEventListener('blur', () => handlers.onHover(null));
  item.appendChild(label);
  return item;
}
