import { useEffect, useRef } from 'react';
import { goToStep, leaveStory, setStoryPace, setStoryPlaying, useAppStore } from '../store/appStore.ts';
import { selectSelectedEvent, selectStorySteps } from '../store/selectors.ts';
import { useFullscreen } from './useFullscreen.ts';
import { STORY_BUTTON_ID } from './StoryButton.tsx';

const PACES = [3, 5, 8, 12, 20];

/**
 * The presenter's bar: where we are, back / play / next, pace, full screen, exit. Buttons at an end are
 * aria-disabled rather than disabled, so a presenter's focus stays on "Next" when the last step arrives.
 */
export function StoryControls() {
  const story = useAppStore((s) => s.story);
  const pace = useAppStore((s) => s.storyPace);
  const steps = useAppStore(selectStorySteps);
  const event = useAppStore(selectSelectedEvent);
  const fullscreen = useFullscreen();
  const bar = useRef<HTMLDivElement>(null);

  useEffect(function keepFocusAcrossTheStory() {
    // The "Story" button that started the story is gone; without this, focus would fall to the page. The
    // bar itself takes it, not a button in it: Space there plays, where on a button it would press it.
    const element = bar.current;
    if (document.activeElement === document.body || document.activeElement === null) element?.focus();
    return function giveFocusBack() {
      // Leaving removes the bar, and focus with it: hand it to the Story button once that is back.
      const lost = document.activeElement === document.body || (element?.contains(document.activeElement) ?? false);
      if (lost) requestAnimationFrame(() => document.getElementById(STORY_BUTTON_ID)?.focus());
    };
  }, []);

  if (!story) return null;
  const atStart = story.step === 0;
  const atEnd = story.step >= steps.length - 1;
  return (
    <div ref={bar} className="story-bar" role="group" aria-label="Story" tabIndex={-1}>
      <button type="button" className="button" aria-disabled={atStart} onClick={() => atStart || goToStep(story.step - 1)}>
        <span aria-hidden="true">←</span> Previous
      </button>
      <button type="button" className="button story-bar__play" onClick={() => setStoryPlaying(!story.playing)}
        aria-disabled={atEnd && !story.playing}>
        {story.playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className="button" aria-disabled={atEnd} onClick={() => atEnd || goToStep(story.step + 1)}>
        Next <span aria-hidden="true">→</span>
      </button>
      {/* The strip above shows the progress; the bar keeps a progressbar for assistive technology. */}
      <progress className="visually-hidden" max={steps.length} value={story.step + 1} aria-label="Story progress" />
      <span className="story-bar__count" aria-hidden="true">{story.step + 1} / {steps.length}</span>
      <p className="visually-hidden" aria-live="polite">
        Step {story.step + 1} of {steps.length}{event ? `: ${event.title}` : ''}
      </p>
      <label className="story-bar__pace">
        Pace
        <select value={pace} onChange={(e) => setStoryPace(Number(e.target.value))}>
          {PACES.map((s) => <option key={s} value={s}>{s} s</option>)}
        </select>
      </label>
      {fullscreen.supported ? (
        <button type="button" className="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>Full screen</button>
      ) : null}
      <button type="button" className="button" onClick={leaveStory}>Exit story</button>
    </div>
  );
}
