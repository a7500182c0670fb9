/**
 * Where the story strip draws each step and its year marks: shares of the strip's width (0–1) from the
 * steps' start dates. Pure, so it is tested without a DOM.
 */
import { localDate } from '../data/localDate.ts';

export interface StripLayout {
  /** One mark per dated step: its index in the story and its position. */
  steps: { index: number; x: number }[];
  /** 1 January of each year the story crosses, thinned to at most `maxYears` labels. */
  years: { label: string; x: number }[];
}

const DAY = 24 * 3600 * 1000;

export function stripLayout(starts: readonly (Date | null)[], maxYears = 8): StripLayout {
  const times = starts.flatMap((d, index) => (d ? [{ index, t: d.getTime() }] : []));
  if (times.length === 0) return { steps: [], years: [] };
  let min = Math.min(...times.map((s) => s.t));
  let max = Math.max(...times.map((s) => s.t));
  // A story on one day (or none of its steps apart) still needs a scale: a month around it.
  if (max - min < 30 * DAY) {
    min -= 15 * DAY;
    max += 15 * DAY;
  }
  // Room at both ends so the first and last marks are not cut by the strip's edge.
  const pad = (max - min) * 0.04;
  const from = min - pad;
  const span = max + pad - from;
  const x = (t: number) => (t - from) / span;

  const first = new Date(from).getFullYear() + 1;
  const last = new Date(from + span).getFullYear();
  const every = Math.max(1, Math.ceil((last - first + 1) / maxYears));
  const years: StripLayout['years'] = [];
  // Thinned labels fall on round years (every 5th: 1990, 1995…), as an axis would draw them.
  const nice = [1, 2, 5, 10, 20, 50, 100].find((n) => n >= every) ?? every;
  for (let y = Math.ceil(first / nice) * nice; y <= last; y += nice) years.push({ label: String(y), x: x(localDate(y, 0, 1).getTime()) });
  return { steps: times.map(({ index, t }) => ({ index, x: x(t) })), years };
}
