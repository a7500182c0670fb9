import { useEffect, type RefObject } from 'react';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { appStore } from '../store/appStore.ts';
import { labelShare } from './framingWindow.ts';
import { itemAreaWidth } from './itemAreaWidth.ts';
import { selectTimelineIndex } from '../store/selectors.ts';
import { moveForKey, stepTo } from './itemOrder.ts';
import { tabStop, type DrawnItem } from './tabStop.ts';
import type { TimelineHandle } from './useTimelineInstance.ts';
import { itemSpan, windowShowing } from './windowShowing.ts';

/** How long a label moved to with the keys may wait for vis to draw it before the move is dropped. */
const FOCUS_WAIT_MS = 3000;

/**
 * A roving tabindex over the item labels: one Tab stop for the whole timeline (not one per event), and
 * the arrow keys, Home and End move between items in time order. A move to an item vis has not drawn
 * (outside the window, or in a row scrolled away) pans and scrolls to it first, and focuses its label once
 * vis draws it. The stop is re-chosen after every redraw, since vis adds and drops labels as the view moves.
 */
export function useRovingItems(handle: TimelineHandle | null, container: RefObject<HTMLElement | null>): void {
  useEffect(function rovingItemFocus() {
    const element = container.current;
    if (!handle || !element) return;
    let preferred = appStore.getState().selectedId;
    let pending: { id: string; until: number } | null = null;

    const drawnLabels = () => {
      const labels = new Map<string, HTMLElement>();
      for (const item of element.querySelectorAll<HTMLElement>('.vis-panel.vis-center .vis-item[data-id]')) {
        const label = item.querySelector<HTMLElement>('.event-item__label');
        if (label && item.dataset.id) labels.set(item.dataset.id, label);
      }
      return labels;
    };

    const applyTabStop = () => {
      const labels = drawnLabels();
      // A move is dropped when it waited too long or the reader has gone elsewhere since. Focus on the body
      // is no such move: vis drops the label moved from when the rows scroll its row away.
      const elsewhere = document.activeElement !== document.body && !element.contains(document.activeElement);
      if (pending && (Date.now() > pending.until || elsewhere)) pending = null;
      const waiting = pending && labels.get(pending.id);
      if (waiting) {
        pending = null;
        // The rows are scrolled by the revealer; the browser's own scroll would slide vis's panels.
        waiting.focus({ preventScroll: true });
      }
      const drawn: DrawnItem[] = [];
      for (const id of labels.keys()) {
        const item = handle.items.get(id);
        if (item) drawn.push({ id, span: itemSpan(item) });
      }
      const { start, end } = handle.getWindow();
      const stop = tabStop(drawn, { start: start.valueOf(), end: end.valueOf() }, preferred);
      for (const [id, label] of labels) label.tabIndex = id === stop ? 0 : -1;
    };

    const moveTo = (id: string) => {
      // Drawn at any zoom from now on: in density mode the event has no box until pinned.
      handle.pin(id);
      const item = handle.items.get(id);
      if (!item) return;
      preferred = id;
      pending = { id, until: Date.now() + FOCUS_WAIT_MS };
      const { start, end } = handle.getWindow();
      const share = labelShare(itemAreaWidth(element));
      const pan = windowShowing(itemSpan(item), { start: start.valueOf(), end: end.valueOf() }, { centre: false, labelShare: share });
      if (pan) handle.setWindow(pan.start, pan.end, { animation: !prefersReducedMotion() });
      handle.revealItem(id);
      applyTabStop();
    };

    const labelId = (target: EventTarget | null) => {
      if (!(target instanceof HTMLElement) || !target.matches('.event-item__label')) return null;
      return target.closest<HTMLElement>('.vis-item[data-id]')?.dataset.id ?? null;
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      const from = labelId(event.target);
      const move = moveForKey(event.key);
      if (from === null || move === null || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const index = selectTimelineIndex(appStore.getState());
      const at = stepTo(index.events.length, index.positionById.get(from), move);
      const to = at === null ? null : index.events[at]!.id;
      if (to !== null && to !== from) moveTo(to);
    };
    const handleFocusIn = (event: FocusEvent) => {
      const id = labelId(event.target);
      if (id === null) return;
      preferred = id;
      applyTabStop();
    };

    const unsubscribe = appStore.subscribe((state, before) => {
      if (state.selectedId === before.selectedId || state.selectedId === null) return;
      preferred = state.selectedId;
      applyTabStop();
    });
    handle.timeline.on('changed', applyTabStop);
    element.addEventListener('keydown', handleKeyDown);
    element.addEventListener('focusin', handleFocusIn);
    applyTabStop();
    return function stopRovingItemFocus() {
      unsubscribe();
      handle.timeline.off('changed', applyTabStop);
      element.removeEventListener('keydown', handleKeyDown);
      element.removeEventListener('focusin', handleFocusIn);
    };
  }, [handle, container]);
}
