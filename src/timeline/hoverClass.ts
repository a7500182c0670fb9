import type { TimelineItem } from 'vis-timeline/esnext';

/** The class of the event hovered on any view (store.hoveredId), whichever view the pointer is on. */
export const HOVERED = 'is-hovered';

/** The item with the hover class added to its own. */
export function withHoverClass(item: TimelineItem): TimelineItem {
  return { ...item, className: `${item.className ?? ''} ${HOVERED}`.trim() };
}
