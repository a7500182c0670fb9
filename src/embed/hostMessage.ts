/**
 * Messages a host page sends to steer an embedded atlas, read strictly: anything that is not exactly one
 * of these shapes is `null`, and the bridge ignores it. Extra fields are allowed (a host may tag its
 * messages), wrong types are not. Never throws: `data` comes from any script on the host page.
 */
import type { TimeWindow } from '../store/appStore.ts';
import { dayStart, isoDay } from '../store/isoDay.ts';

export type HostMessage =
  /** Select an event; null (or an id the dataset lacks) clears the selection. */
  | { type: 'atlas:select'; id: string | null }
  /** Show a period on the timeline: epoch ms, start before end. */
  | { type: 'atlas:window'; window: TimeWindow }
  /** Go to a story step, 1-based like the URL's `story=`; null leaves story mode. */
  | { type: 'atlas:story'; step: number | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;
// Ids are short hashes; a cap keeps a hostile host from making the store compare megabyte strings.
const MAX_ID_LENGTH = 200;

/**
 * A `YYYY-MM-DD` day (local midnight, as the URL's `from`/`to` read it) or a full ISO timestamp, in epoch
 * ms; NaN for anything else, including days that do not exist (2017-02-30).
 */
export function readInstant(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  if (DAY.test(value)) return isoDay(dayStart(value)) === value ? dayStart(value) : NaN;
  const day = TIMESTAMP.exec(value)?.[1];
  if (!day || isoDay(dayStart(day)) !== day) return NaN;
  return Date.parse(value);
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

function readSelect(data: Record<string, unknown>): HostMessage | null {
  const { id } = data;
  if (id === null) return { type: 'atlas:select', id: null };
  return typeof id === 'string' && id.length <= MAX_ID_LENGTH ? { type: 'atlas:select', id } : null;
}

function readWindow(data: Record<string, unknown>): HostMessage | null {
  const start = readInstant(data.from);
  const end = readInstant(data.to);
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { type: 'atlas:window', window: { start, end } } : null;
}

function readStory(data: Record<string, unknown>): HostMessage | null {
  const { step } = data;
  if (step === null) return { type: 'atlas:story', step: null };
  return typeof step === 'number' && Number.isSafeInteger(step) && step >= 1 ? { type: 'atlas:story', step } : null;
}

/** The host message `data` carries, or null when it is not one. */
export function parseHostMessage(data: unknown): HostMessage | null {
  try {
    if (!isRecord(data)) return null;
    switch (data.type) {
      case 'atlas:select': return readSelect(data);
      case 'atlas:window': return readWindow(data);
      case 'atlas:story': return readStory(data);
      default: return null;
    }
  } catch {
    // postMessage delivers structured clones (plain data); this guards direct callers passing a Proxy.
    return null;
  }
}
