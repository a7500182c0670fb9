import { useAppStore } from '../store/appStore.ts';
import { selectWindowedEvents } from '../store/selectors.ts';

/** "3 of 5 events": how many the filters (and window, when on) leave, announced politely as it changes. */
export function ViewSummary() {
  const shown = useAppStore((s) => selectWindowedEvents(s).length);
  const total = useAppStore((s) => s.dataset.events.length);
  return (
    <p className="filters__summary" role="status">
      {shown} of {total} {total === 1 ? 'event' : 'events'}
    </p>
  );
}
