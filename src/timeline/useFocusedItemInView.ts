import { useEffect, type RefObject } from 'react';
import type { Timeline } from 'vis-timeline/esnext';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';

/**
 * Keeps the rows aligned when a keyboard user tabs to an item label out of view. The browser scrolls the
 * focused label into view by scrolling vis's item panel, which vis does not expect (it is overflow:hidden
 * and vis positions rows itself): the rows then slide away from their labels and the axis. Undo the
 * browser's scroll and make the same move through vis instead: vertically through its row-label scroller
 * (vis follows that one's scroll events), horizontally by focusing the item.
 */
export function useFocusedItemInView(timeline: Timeline | null, container: RefObject<HTMLElement | null>): void {
  useEffect(function keepFocusedItemInView() {
    const element = container.current;
    if (!timeline || !element) return;
    const handleFocusIn = (event: FocusEvent) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('.vis-item[data-id]');
      const panel = element.querySelector<HTMLElement>('.vis-panel.vis-center');
      if (!item || !panel) return;
      const { scrollTop, scrollLeft } = panel;
      if (scrollTop !== 0) {
        panel.scrollTop = 0;
        const labels = element.querySelector<HTMLElement>('.vis-panel.vis-left');
        if (labels) labels.scrollTop += scrollTop;
      }
      if (scrollLeft !== 0) {
        panel.scrollLeft = 0;
        const animation = !prefersReducedMotion();
        timeline.focus(item.dataset.id ?? '', { zoom: false, animation });
      }
    };
    element.addEventListener('focusin', handleFocusIn);
    return function unwatchFocus() {
      element.removeEventListener('focusin', handleFocusIn);
    };
  }, [timeline, container]);
}
