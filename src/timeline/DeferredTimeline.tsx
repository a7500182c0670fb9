import { lazy, Suspense, useEffect, useState } from 'react';
import { afterFirstPaint } from '../browser/afterFirstPaint.ts';

// vis-timeline is the largest library here (about a third of the code): its chunk is fetched only after
// the map has painted, so a phone on a slow network sees the map and the events first.
const EventTimeline = lazy(() => import('./EventTimeline.tsx').then((m) => ({ default: m.EventTimeline })));

/** The timeline's place while its code loads: the same box, so nothing moves when it arrives. */
function TimelineSkeleton() {
  return (
    <div className="timeline-skeleton" role="status">
      Loading the timeline…
    </div>
  );
}

/** The timeline view, loaded after the first paint (see EventTimeline for the view itself). */
export function DeferredTimeline() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => afterFirstPaint(() => setWanted(true)), []);
  return (
    <Suspense fallback={<TimelineSkeleton />}>
      {wanted ? <EventTimeline /> : <TimelineSkeleton />}
    </Suspense>
  );
}
