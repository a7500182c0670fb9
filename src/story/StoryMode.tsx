import { useAppStore } from '../store/appStore.ts';
import { useAutoplay } from './useAutoplay.ts';
import { useStoryKeys } from './useStoryKeys.ts';
import './story.css';

/** Story mode's behaviour without its own markup: the keyboard (on the whole document) and autoplay. */
export function StoryMode() {
  const step = useAppStore((s) => s.story?.step ?? null);
  const playing = useAppStore((s) => s.story?.playing ?? false);
  const pace = useAppStore((s) => s.storyPace);
  useStoryKeys(step !== null);
  useAutoplay(step, playing, pace);
  return null;
}
