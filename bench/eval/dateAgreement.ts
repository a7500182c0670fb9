/**
 * How a date read by the compiler agrees with the project corpus's truth: exact, within the truth's
 * tolerance (±1 unit when it is approximate) or inside it (a finer date within the truth's span), or not.
 */
import type { EventDate } from '../../src/compiler/schema.ts';

type DateValue = EventDate;

/** Inclusive day span of an ISO date at its own precision, in days since the epoch. */
function daySpan(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  if (d === undefined) return [dayNumber(year, m, 1), dayNumber(year, m + 1, 1) - 1];
  return [dayNumber(year, m, d), dayNumber(year, m, d)];
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Position of an ISO date on the axis of its precision, so "one unit apart" is a difference of 1. */
function unitIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return y ?? 0;
  if (d === undefined) return (y ?? 0) * 12 + m;
  return dayNumber(y ?? 0, m, d);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

function dateSpan(date: DateValue): [number, number] {
  return [daySpan(date.start)[0], daySpan(date.end ?? date.start)[1]];
}

/** Widens an approximate truth by one unit of its precision on each end. */
function widenedSpan(date: DateValue): [number, number] {
  const [start, end] = dateSpan(date);
  if (!date.approximate) return [start, end];
  const unitDays = { day: 1, month: 31, year: 366 }[date.precision];
  return [start - unitDays, end + unitDays];
}

/** 0 = exact, 1 = within tolerance or contained, null = disagrees. Lower is a better match. */
export function dateAgreement(truth: DateValue | null, got: DateValue | null): number | null {
  if (truth === null || got === null) return truth === got ? 0 : null;
  if (got.precision === truth.precision) {
    const slack = truth.approximate ? 1 : 0;
    const close = (a: string, b: string): boolean => Math.abs(unitIndex(a) - unitIndex(b)) <= slack;
    if (!close(truth.start, got.start)) return null;
    if (truth.end !== undefined && !close(truth.end, got.end ?? got.start)) return null;
    const exact = truth.start === got.start && (truth.end === undefined || truth.end === (got.end ?? got.start));
    return exact ? 0 : 1;
  }
  if (PRECISION_RANK[got.precision] < PRECISION_RANK[truth.precision]) {
    const [outerStart, outerEnd] = widenedSpan(truth);
    const [innerStart, innerEnd] = dateSpan(got);
    return innerStart >= outerStart && innerEnd <= outerEnd ? 1 : null;
  }
  return null;
}
