import { goToStep, useAppStore } from '../store/appStore.ts';
import { selectStorySteps } from '../store/selectors.ts';

/** The id StoryControls gives focus back to when the story ends. */
export const STORY_BUTTON_ID = 'story-start';

/** Starts story mode on its first step: the list's events, one at a time (or the authored story). */
export function StoryButton() {
  const count = useAppStore((s) => selectStorySteps(s).length);
  return (
    <button id={STORY_BUTTON_ID} type="button" className="button" disabled={count === 0} onClick={() => goToStep(0)}>
      <span aria-hidden="true">▶&nbsp;</span>Story
      <span className="visually-hidden">: present {count} events one by one</span>
    </button>
  );
}
