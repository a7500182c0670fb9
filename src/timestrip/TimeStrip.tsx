import { useMemo } from 'react';
import type { EventDate } from '../compiler/schema.ts';
import { eventTimeSpan } from '../data/eventTimeSpan.ts';
import { formatEventDate } from '../data/formatEventDate.ts';
import { stripLayout } from './stripLayout.ts';
import './timeStrip.css';

interface TimeStripProps {
  /** One date per mark (null: no mark), in the caller's order; `current` and `onPick` use these indices. */
  dates: readonly (EventDate | null)[];
  current: number | null;
  onPick: (index: number) => void;
  /** What the strip is about, before "from 2015 to 2017": "Step 2 of 6: March 2017". */
  label: string;
}

/**
 * Time in one slim line: a mark per date, year labels under it, the current mark large with its date. Where
 * rows of timeline boxes would not fit or would compete (story mode, a short embed), it still says when.
 * One image to assistive technology, named by `label`; a click on a mark picks it, the keyboard has the
 * caller's own paths (story keys, the map's markers).
 */
export function TimeStrip({ dates, current, onPick, label }: TimeStripProps) {
  const layout = useMemo(() => stripLayout(dates.map((d) => (d ? eventTimeSpan(d).start : null))), [dates]);
  const date = current === null ? null : dates[current] ?? null;
  const here = layout.steps.find((s) => s.index === current);
  const range = layout.years.length > 0 ? `, on a line from ${layout.years[0]!.label} to ${layout.years.at(-1)!.label}` : '';
  return (
    <div className="time-strip" role="img" aria-label={`${label}${range}`}>
      <div className="time-strip__line" />
      {layout.years.map((y) => (
        <span key={y.label} className="time-strip__year" style={{ left: `${y.x * 100}%` }}>{y.label}</span>
      ))}
      {layout.steps.map((s) => (
        <span key={s.index} className={s.index === current ? 'time-strip__mark is-current' : 'time-strip__mark'}
          style={{ left: `${s.x * 100}%` }} onClick={() => onPick(s.index)} />
      ))}
      {/* Anchored so it slides from left- to right-aligned along the line and never leaves the strip. */}
      {here && date ? (
        <span className="time-strip__date" style={{ left: `${here.x * 100}%`, transform: `translateX(-${here.x * 100}%)` }}>
          {formatEventDate(date)}
        </span>
      ) : null}
    </div>
  );
}
