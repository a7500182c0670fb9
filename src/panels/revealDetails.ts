import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';

/** The Event details panel's element id (App.tsx sets it). */
export const DETAILS_ID = 'event-details';

/**
 * After a tap in the Events list, brings the details panel into view when it is off screen: on a phone the
 * list sits below the details, and the reader who tapped an event wants to read it, not hunt for it. On
 * wide screens the panel is beside the list and nothing moves. Runs after the new details are rendered.
 */
export function revealDetails(): void {
  requestAnimationFrame(() => {
    const panel = document.getElementById(DETAILS_ID);
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    if (box.top >= 0 && box.top < window.innerHeight * 0.5) return;
    panel.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  });
}
