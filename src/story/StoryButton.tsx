import { useEffect, useRef } from 'react';
import { goToStep, useAppStore } from '../store/appStore.ts';
import { selectStorySteps } from '../store/selectors.ts';

/** Starts story mode on its first step. */
export function StoryButton() {
  const count = useAppStore((s) => selectStorySteps(s).length);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(function takeFocusBackFromTheStory() {
    // Back from story mode, whose controls took focus with them: resume where the story was started.
    if (document.activeElement === document.body) button.current?.focus();
  }, []);

  return (
    <button ref={button} type="button" className="button" disabled={count === 0} onClick={() => goToStep(0)}>
      Story
      <span className="visually-hidden">: present {count} events one by one</span>
    </button>
  );
}
