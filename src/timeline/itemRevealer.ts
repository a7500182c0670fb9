import type { Timeline, TimelineItem } from 'vis-timeline/esnext';
import { scrollDelta } from './rowScroll.ts';
import type { DataLike } from './syncData.ts';

/**
 * A reveal follows vis's redraws until they pause this long (a window animation redraws every 20 ms, and
 * vis restacks a row once it comes into view), and never longer than the cap: on a busy machine frames
 * come late, so a fixed deadline could end before the window arrives.
 */
const QUIET_MS = 400;
const FOLLOW_MAX_MS = 3000;
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
      const end = () => stop();
      let frame = 0;
      let quiet = setTimeout(end, QUIET_MS);
      const cap = setTimeout(end, FOLLOW_MAX_MS);
      // After vis's 'changed', outside its redraw: our scroll makes vis redraw again.
      const follow = () => {
        clearTimeout(quiet);
        quiet = setTimeout(end, QUIET_MS);
        if (frame === 0) frame = requestAnimationFrame(() => { frame = 0; adjust(); });
      };
      timeline.on('changed', follow);
      for (const type of READER_INPUT) container.addEventListener(type, end, { capture: true, passive: true });
      stop = () => {
        timeline.off('changed', follow);
        cancelAnimationFrame(frame);
        clearTimeout(quiet);
        clearTimeout(cap);
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
