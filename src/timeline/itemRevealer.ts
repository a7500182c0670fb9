import type { Timeline, TimelineItem } from 'vis-timeline/esnext';
import { scrollDelta } from './rowScroll.ts';
import type { DataLike } from './syncData.ts';

/** How long a reveal follows vis's redraws: a window animation (500 ms) and vis's restacking after it. */
const FOLLOW_MS = 1000;
/** Space kept above and below the item, as vis's own item margin. */
const MARGIN = 4;
/** The reader taking over the rows ends a reveal: it must not pull them back. */
const READER_INPUT = ['wheel', 'pointerdown', 'touchstart'] as const;

export interface ItemRevealer {
  reveal(id: string): void;
  stop(): void;
}

/**
 * Scrolls the timeline's rows so an item is in view. vis draws no item in a row scrolled out of view, nor
 * outside the window, so the row label stands in for the item until vis draws it; and a window that is
 * still moving changes the rows' heights, so each redraw is followed for a moment and the scroll corrected.
 *
 * The rows are scrolled through the row-label panel, which vis follows on its `scroll` event (as with a
 * reader's scroll); the event is sent at once so that vis cannot redraw the old position over ours first.
 */
export function createItemRevealer(timeline: Timeline, container: HTMLElement, items: DataLike<TimelineItem>): ItemRevealer {
  let stop = () => {};
  return {
    reveal(id) {
      stop();
      const group = items.get(id)?.group;
      const adjust = () => scrollToItem(container, id, group === undefined ? null : String(group));
      let frame = 0;
      // After vis's 'changed', outside its redraw: our scroll makes vis redraw again.
      const follow = () => {
        if (frame === 0) frame = requestAnimationFrame(() => { frame = 0; adjust(); });
      };
      const end = () => stop();
      const timer = setTimeout(end, FOLLOW_MS);
      timeline.on('changed', follow);
      for (const type of READER_INPUT) container.addEventListener(type, end, { capture: true, passive: true });
      stop = () => {
        timeline.off('changed', follow);
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        for (const type of READER_INPUT) container.removeEventListener(type, end, { capture: true });
        stop = () => {};
      };
      adjust();
    },
    stop: () => stop(),
  };
}

function scrollToItem(container: HTMLElement, id: string, group: string | null): void {
  const rows = container.querySelector<HTMLElement>('.vis-panel.vis-left');
  const center = container.querySelector<HTMLElement>('.vis-panel.vis-center');
  if (!rows || !center) return;
  const target = find(center, '.vis-item[data-id]', (e) => e.dataset.id === id)
    ?? find(rows, '[data-group-id]', (e) => e.dataset.groupId === group)?.closest('.vis-label');
  if (!target) return;
  const delta = scrollDelta(target.getBoundingClientRect(), center.getBoundingClientRect(), MARGIN);
  if (delta === 0) return;
  rows.scrollTop += delta;
  rows.dispatchEvent(new Event('scroll'));
}

/** Compared in code rather than in a selector, so no id needs CSS escaping. */
function find(root: HTMLElement, selector: string, match: (e: HTMLElement) => boolean): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find(match);
}
