import { useAppStore } from '../store/appStore.ts';
import { useAutoplay } from './useAutoplay.ts';
import { useStoryKeys } from './useStoryKeys.ts';

/**
 * Story mode's behaviour without its own markup: the keyboard (on the whole document) and autoplay.
 * App renders it beside the presentation, not inside it: the keys work from the moment a story starts,
 * while the presentation's code may still be on its way.
 */
export function StoryMode() {
  const step = useAppStore((s) => s.story?.step ?? null);
  const playing = useAppStore((s) => s.story?.playing ?? false);
  const pace = useAppStore((s) => s.storyPace);
  useStoryKeys(step !== null);
  useAutoplay(step, playing, pace);
  return null;
}
