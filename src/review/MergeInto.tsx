import { useId, useState } from 'react';
import { shownEvent } from './reviewStatus.ts';
import type { ReviewEvent } from './reviewTypes.ts';

/**
 * Two readings of one event (the extractor split it, or two sentences tell it): the editor keeps one and
 * this one is rejected with the reason "merged into <id>", which the sidecar keeps for the record. The kept
 * event keeps its own sources; to split an event instead, add one from a selected sentence.
 */
export function MergeInto({ event, others, onMerge }: {
  event: ReviewEvent;
  others: ReviewEvent[];
  onMerge: (target: ReviewEvent) => void;
}) {
  const id = useId();
  const [target, setTarget] = useState('');
  if (others.length === 0) return null;
  const chosen = others.find((e) => e.id === target);
  return (
    <span className="review-merge">
      <label htmlFor={id} className="visually-hidden">Merge {shownEvent(event).title} into</label>
      <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">Merge into…</option>
        {others.map((e) => <option key={e.id} value={e.id}>{shownEvent(e).title}</option>)}
      </select>
      <button type="button" className="button" disabled={!chosen} onClick={() => chosen && onMerge(chosen)}>Merge</button>
    </span>
  );
}
