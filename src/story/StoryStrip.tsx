import { useMemo } from 'react';
import { goToStep, useAppStore } from '../store/appStore.ts';
import { selectStorySteps } from '../store/selectors.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { TimeStrip } from '../timestrip/TimeStrip.tsx';

/**
 * Where the step sits in time, in place of the timeline's rows, which would compete with the caption:
 * a mark per step, the current one large with its date. A click on a mark goes to that step.
 */
export function StoryStrip() {
  const steps = useAppStore(selectStorySteps);
  const events = useAppStore((s) => s.dataset.events);
  const current = useAppStore((s) => s.story?.step ?? 0);
  const dates = useMemo(() => {
    const byId = new Map(events.map((e) => [e.id, e]));
    return steps.map((step) => byId.get(step.eventId)?.date ?? null);
  }, [steps, events]);
  const label = `Step ${current + 1} of ${steps.length}: ${formatEventDate(dates[current] ?? null)}`;
  return <TimeStrip dates={dates} current={current} onPick={goToStep} label={label} />;
}
