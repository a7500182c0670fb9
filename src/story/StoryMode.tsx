import { useEffect } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { useAutoplay } from './useAutoplay.ts';
import { useStoryKeys } from './useStoryKeys.ts';
import './story.css';

/**
 * Story mode's behaviour without its own markup: the keyboard, autoplay, and the projector theme (large
 * type, high contrast) on the root element so every rem-sized part of the page grows with it.
 */
export function StoryMode() {
  const step = useAppStore((s) => s.story?.step ?? null);
  const playing = useAppStore((s) => s.story?.playing ?? false);
  const pace = useAppStore((s) => s.storyPace);
  const active = step !== null;

  useStoryKeys(active);
  useAutoplay(step, playing, pace);
  useEffect(function projectorTheme() {
    document.documentElement.classList.toggle('projector', active);
  }, [active]);
  return null;
}
