/**
 * Code that runs inside the atlas page (serialised by Playwright, so each function is self-contained).
 * Times are the page's performance.now(): milliseconds since its navigation started.
 */
declare global {
  interface Window {
    __benchFirstRender?: number;
    __benchFrames?: { on: boolean; last?: number; max: number; frames: number };
    __benchSelect?: { start: number; end: number };
  }
}

/**
 * Installed before any page script: checks on every animation frame whether the map has a marker or
 * cluster and the timeline an item, and keeps the time of the first frame that has both. A rAF callback
 * runs just before that frame is painted, so this is "first drawn", within one frame.
 */
export function watchFirstRender(): void {
  const tick = () => {
    const map = document.querySelector('.leaflet-marker-pane .leaflet-marker-icon');
    const timeline = document.querySelector('.vis-timeline .vis-item');
    if (map && timeline) window.__benchFirstRender = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Starts recording the longest gap between animation frames: a blocked main thread shows as a long one. */
export function startFrames(): void {
  const frames = { on: true, max: 0, frames: 0 } as NonNullable<Window['__benchFrames']>;
  window.__benchFrames = frames;
  const loop = (t: number) => {
    if (!frames.on) return;
    if (frames.last !== undefined) frames.max = Math.max(frames.max, t - frames.last);
    frames.last = t;
    frames.frames++;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

export function stopFrames(): { max: number; frames: number } {
  const frames = window.__benchFrames!;
  frames.on = false;
  return { max: frames.max, frames: frames.frames };
}

/** Resolves once two frames have run: the work queued by the last input is done and painted. */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Arms the select-from-list clock. Start: the click's event.timeStamp (when the input reached the page,
 * so a busy main thread delaying the click counts). End: the details panel's heading reads `title`,
 * observed by a MutationObserver, then one frame and a task later (≈ after the frame that shows it is
 * painted).
 */
export function armSelect(title: string): void {
  const clock = { start: NaN, end: NaN };
  window.__benchSelect = clock;
  document.addEventListener('click', (e) => (clock.start = e.timeStamp), { capture: true, once: true });
  const panel = document.querySelector('aside[aria-label="Event details"]')!;
  const shown = () => panel.querySelector('h2')?.textContent === title;
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (clock.end = performance.now())));
  });
  observer.observe(panel, { childList: true, subtree: true, characterData: true });
}

/** What the page holds: elements, timeline items in the DOM, and the dataset's event count ("3 of 5 events"). */
export function census(): { nodes: number; items: number; events: number | null } {
  const summary = document.querySelector('.filters__summary')?.textContent ?? '';
  const total = /of (\d+) event/.exec(summary)?.[1];
  return {
    nodes: document.getElementsByTagName('*').length,
    items: document.querySelectorAll('.vis-timeline .vis-item').length,
    events: total === undefined ? null : Number(total),
  };
}

/** The time axis's labels and where they sit: they change when the timeline's window moved or zoomed. */
export function axisPosition(): string {
  return [...document.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')]
    .map((label) => `${label.textContent} ${label.style.transform}`)
    .join(';');
}
