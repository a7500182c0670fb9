/**
 * The URL fragment as the whole view: `#event=<id>&from=2017-01-01&to=2017-12-31&type=battles,diplomacy
 * &actor=…&place=…&doc=…&certainty=…&deaths=reported&q=…&group=place&story=3`. A copied link reproduces the view in a fresh browser.
 * Pure: strings in, objects out; the browser binding lives in hashSync.ts.
 */
// Types only from the compiler: its schema's values are zod objects, which the browser must not bundle.
import type { Certainty, EventType } from '../compiler/schema.ts';
import { CERTAINTIES } from '../data/certainties.ts';
import { DEATHS_REPORTS, type DeathsReport } from '../data/describeCasualties.ts';
import { EVENT_TYPE_TABLE } from '../data/eventTypes.ts';
import type { TimeWindow, TimelineGrouping } from './appStore.ts';
import { FACETS, type FacetKey, type Filters } from './filters.ts';
import { dayStart, isoDay, nextDay } from './isoDay.ts';

export interface HashState {
  eventId: string | null;
  /** The timeline window, read from `from`/`to` (local-time days, like the timeline's axis). */
  window: TimeWindow | null;
  filters: Filters;
  /** null when the hash does not say: the app keeps its default grouping. */
  groupBy: TimelineGrouping | null;
  /** Story mode's step, 0-based (the hash says `story=1` for the first); null outside story mode. */
  storyStep: number | null;
}

/** Hash parameter for each filter list; the names are short because people read and edit links. */
const LIST_PARAMS: Record<FacetKey, string> = {
  types: 'type', actors: 'actor', places: 'place', documents: 'doc', certainties: 'certainty', deaths: 'deaths',
};
const OWNED = new Set(['event', 'from', 'to', 'q', 'group', 'story', ...Object.values(LIST_PARAMS)]);
const GROUPINGS: TimelineGrouping[] = ['type', 'place'];
const isEventType = (t: string): t is EventType => Object.hasOwn(EVENT_TYPE_TABLE, t);
const isCertainty = (c: string): c is Certainty => (CERTAINTIES as readonly string[]).includes(c);
const isDeathsReport = (d: string): d is DeathsReport => (DEATHS_REPORTS as readonly string[]).includes(d);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// Lists are comma-separated; a comma or percent sign inside a value (a place like "Misrata, Libya") is
// escaped first, so splitting on ',' is always safe.
const escapeItem = (s: string) => s.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeItem = (s: string) => s.replace(/%(25|2C)/gi, (_m, c: string) => (c === '25' ? '%' : ','));

function readList(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return [...new Set(raw.split(',').map(unescapeItem).filter((v) => v !== ''))];
}

function readWindow(params: URLSearchParams): TimeWindow | null {
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to || !DAY.test(from) || !DAY.test(to)) return null;
  const start = dayStart(from);
  const end = dayStart(to);
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? { start, end } : null;
}

function readStoryStep(params: URLSearchParams): number | null {
  const raw = params.get('story');
  return raw !== null && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) - 1 : null;
}

const toParams = (hash: string) => new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);

/** Reads every view parameter; unknown or malformed values are dropped, never thrown. */
export function parseEventHash(hash: string): HashState {
  const params = toParams(hash);
  const group = params.get('group');
  return {
    eventId: params.get('event') || null,
    window: readWindow(params),
    filters: {
      types: readList(params, LIST_PARAMS.types).filter(isEventType),
      actors: readList(params, LIST_PARAMS.actors),
      places: readList(params, LIST_PARAMS.places),
      documents: readList(params, LIST_PARAMS.documents),
      certainties: readList(params, LIST_PARAMS.certainties).filter(isCertainty),
      deaths: readList(params, LIST_PARAMS.deaths).filter(isDeathsReport),
      query: params.get('q') ?? '',
    },
    groupBy: GROUPINGS.includes(group as TimelineGrouping) ? (group as TimelineGrouping) : null,
    storyStep: readStoryStep(params),
  };
}

/**
 * The window as `from`/`to` days. `from` is the day the window starts on; `to` the day it ends on, but
 * never `from` itself: a window inside one day (a host may send 1 ms) would write `from` = `to`, which
 * readWindow rejects, so the link would lose its window on reload. Such a window is widened to the whole
 * day. Longer windows keep their end day as before, so hashSync's day comparison still sees a dragged
 * window and its link as the same days.
 */
function windowDays({ start, end }: TimeWindow): [from: string, to: string] {
  const from = isoDay(start);
  const to = isoDay(end);
  return [from, to > from ? to : nextDay(from)];
}

// Commas stay literal (URLSearchParams would write %2C), so `type=battles,protests` reads as it is typed.
const encodeValue = (v: string) => encodeURIComponent(v).replace(/%2C/g, ',');

/**
 * Writes the view as a hash, keeping parameters this module does not own (a later story step survives a
 * selection change). Default values (no filter, type grouping) are left out. Returns '' when nothing is left.
 */
export function formatEventHash(state: Partial<HashState>, currentHash = ''): string {
  const pairs: [string, string][] = [];
  if (state.eventId) pairs.push(['event', state.eventId]);
  if (state.window) {
    const [from, to] = windowDays(state.window);
    pairs.push(['from', from], ['to', to]);
  }
  const f = state.filters;
  if (f) {
    for (const key of FACETS) if (f[key].length) pairs.push([LIST_PARAMS[key], f[key].map(escapeItem).join(',')]);
    if (f.query.trim()) pairs.push(['q', f.query]);
  }
  if (state.groupBy && state.groupBy !== 'type') pairs.push(['group', state.groupBy]);
  if (state.storyStep != null) pairs.push(['story', String(state.storyStep + 1)]);
  for (const [name, value] of toParams(currentHash)) if (!OWNED.has(name)) pairs.push([name, value]);
  const text = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`).join('&');
  return text ? `#${text}` : '';
}
