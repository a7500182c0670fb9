/**
 * Runs `work` once the browser has painted what is on screen now and has a moment to spare: after the
 * next frame, at the first idle period (or within `timeout` ms however busy the page is). Loading a large
 * chunk (vis-timeline) from here lets the map draw first — its land, its markers — and the download no
 * longer competes with the map's. Returns a cancel function.
 */
export function afterFirstPaint(work: () => void, timeout = 1000): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // Safari has no requestIdleCallback: a task after the frame is the next best thing.
    if ('requestIdleCallback' in window) idle = requestIdleCallback(work, { timeout });
    else timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
