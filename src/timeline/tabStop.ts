import type { TimeWindow } from '../store/appStore.ts';

/** An item vis has drawn (its label is in the page), with its time span. */
export interface DrawnItem {
  id: string;
  span: TimeWindow;
}

/**
 * The one item label Tab stops at: the preferred one (the selection, or where the keyboard last was)
 * when vis has drawn it, else the earliest drawn item that touches the window, else the earliest drawn.
 * Only drawn labels can take focus, so a preferred item scrolled out of view hands the stop on rather
 * than leave the timeline with none.
 */
export function tabStop(drawn: readonly DrawnItem[], window: TimeWindow, preferred: string | null): string | null {
  if (preferred !== null && drawn.some((item) => item.id === preferred)) return preferred;
  const inWindow = drawn.filter(({ span }) => span.start <= window.end && span.end >= window.start);
  return earliest(inWindow) ?? earliest(drawn);
}

function earliest(items: readonly DrawnItem[]): string | null {
  let first: DrawnItem | null = null;
  for (const item of items) if (!first || item.span.start < first.span.start) first = item;
  return first?.id ?? null;
}
