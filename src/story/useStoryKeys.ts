import { useEffect } from 'react';
import { appStore, goToStep, leaveStory, setStoryPlaying } from '../store/appStore.ts';
import { selectStorySteps } from '../store/selectors.ts';
import { storyKey, type StoryCommand } from './storyKey.ts';

function run(command: StoryCommand): void {
  const state = appStore.getState();
  const step = state.story?.step ?? 0;
  switch (command) {
    case 'next': return goToStep(step + 1);
    case 'previous': return goToStep(step - 1);
    case 'first': return goToStep(0);
    case 'last': return goToStep(selectStorySteps(state).length - 1);
    case 'toggle-play': return setStoryPlaying(!state.story?.playing);
    case 'leave': return leaveStory();
  }
}

/**
 * The keyboard of story mode, on the whole document: a presenter's clicker sends keys to whatever has
 * focus, often the map after a click on it. Listening in the capture phase, and stopping the keys it
 * uses, keeps Leaflet from panning the map on the same arrow press that moves to the next step.
 */
export function useStoryKeys(active: boolean): void {
  useEffect(function listenToStoryKeys() {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const command = storyKey({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        targetTag: target?.tagName ?? '',
        targetEditable: target?.isContentEditable ?? false,
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return function stopListening() {
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [active]);
}
