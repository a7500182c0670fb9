import { useMemo } from 'react';
import { goToStep, useAppStore } from '../store/appStore.ts';
import { selectStorySteps } from '../store/selectors.ts';
import { eventTimeSpan } from '../data/eventTimeSpan.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { stripLayout } from './stripLayout.ts';

/**
 * Where the step sits in time: one slim line from the story's first date to its last, a mark per step and
 * the current one large with its date (anchored so it slides from left- to right-aligned along the line
 * and never leaves the strip). It stands in for the timeline in story mode, where rows of boxes
 * would compete with the caption. One image to assistive technology (its name says the same); a click on
 * a mark goes to that step, the keyboard has the story's own keys.
 */
export function StoryStrip() {
  const steps = useAppStore(selectStorySteps);
  const events = useAppStore((s) => s.dataset.events);
  const current = useAppStore((s) => s.story?.step ?? 0);
  const dates = useMemo(() => {
    const byId = new Map(events.map((e) => [e.id, e]));
    return steps.map((step) => byId.get(step.eventId)?.date ?? null);
  }, [steps, events]);
  const layout = useMemo(() => stripLayout(dates.map((d) => (d ? eventTimeSpan(d).start : null))), [dates]);

  const date = dates[current] ?? null;
  const here = layout.steps.find((s) => s.index === current);
  const range = layout.years.length > 0 ? `, on a line from ${layout.years[0]!.label} to ${layout.years.at(-1)!.label}` : '';
  const name = `Step ${current + 1} of ${steps.length}: ${formatEventDate(date)}${range}`;
  return (
    <div className="story-strip" role="img" aria-label={name}>
      <div className="story-strip__line" />
      {layout.years.map((y) => (
        <span key={y.label} className="story-strip__year" style={{ left: `${y.x * 100}%` }}>{y.label}</span>
      ))}
      {layout.steps.map((s) => (
        <span key={s.index} className={s.index === current ? 'story-strip__mark is-current' : 'story-strip__mark'}
          style={{ left: `${s.x * 100}%` }} onClick={() => goToStep(s.index)} />
      ))}
      {here && date ? (
        <span className="story-strip__date" style={{ left: `${here.x * 100}%`, transform: `translateX(-${here.x * 100}%)` }}>{formatEventDate(date)}</span>
      ) : null}
    </div>
  );
}
