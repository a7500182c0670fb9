/** Below this container width the row labels are narrowed (timeline.css, same breakpoint). */
const NARROW = 600;

/**
 * The width of the timeline's item area in pixels: the container minus the row labels, which framing
 * needs to keep the latest labels on screen. The label column is measured once vis has drawn it; on
 * the very first framing it does not exist yet, so its CSS max-width stands in.
 */
export function itemAreaWidth(container: HTMLElement | null): number {
  if (!container) return 0;
  const drawn = container.querySelector<HTMLElement>('.vis-panel.vis-left')?.offsetWidth ?? 0;
  const labels = drawn > 0 ? drawn : container.clientWidth < NARROW ? 100 : 180;
  return Math.max(container.clientWidth - labels, 0);
}
