/** Whether the reader asked the system for less motion: scrolling then jumps instead of gliding. */
export const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
