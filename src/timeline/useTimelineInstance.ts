import { useEffect, useState, type RefObject } from 'react';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';

/**
 * Owns the one `new Timeline(…)` and its `destroy()`. Created in an effect because vis needs the
 * container in the DOM; StrictMode mounts twice, and the cleanup makes the second mount a fresh start.
 * `options` are creation-only: pass a stable object and remount (`key`) to change them.
 */
export function useTimelineInstance(
  container: RefObject<HTMLElement | null>,
  options: TimelineOptions,
): Timeline | null {
  const [timeline, setTimeline] = useState<Timeline | null>(null);

  useEffect(function createTimeline() {
    const element = container.current;
    if (!element) throw new Error('Timeline container not found.');
    const instance = new Timeline(element, [], options);
    // The instance only exists after mount, so it is state: consumers' effects run once it is there.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTimeline(instance);
    return function destroyTimeline() {
      instance.destroy();
      setTimeline(null);
    };
  }, [container, options]);

  return timeline;
}
