import { useAppStore } from '../store/appStore.ts';
import { selectCurrentStoryStep } from '../store/selectors.ts';

/**
 * Which story this is and, when seeds/story.yaml gives one, the current step's caption, above the event's
 * details. Plain text nodes, like everything from the seeds.
 */
export function StoryCaption() {
  const title = useAppStore((s) => s.dataset.story?.title ?? 'Story: events by date');
  const caption = useAppStore((s) => selectCurrentStoryStep(s)?.caption);
  return (
    <div className="story-caption">
      <p className="story-caption__title">{title}</p>
      {caption ? <p className="story-caption__text">{caption}</p> : null}
    </div>
  );
}
