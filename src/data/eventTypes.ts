/**
 * The event types: every word and look a type has, in one table, so the legend, the timeline's rows, the
 * filters, the details, print and the CSV export cannot drift apart. Kept by hand in the schema's enum
 * order (violence first, as ACLED's codebook does), because the browser does not bundle zod;
 * vocabularies.test.ts checks the table against the enum.
 */
import type { EventType } from '../compiler/schema.ts';

/** The shape of a type's marker: types stay apart for readers who do not see the colours (WCAG 1.4.1). */
export type MarkerShape = 'circle' | 'star' | 'triangle' | 'square' | 'diamond' | 'hexagon' | 'plus';

export interface EventTypeEntry {
  /** The type as a heading over its events: the map legend, the timeline's rows, cluster names, review. */
  label: string;
  /** One event's type: the details panel, the filter options, the print handout ("Battle — armed clash"). */
  name: string;
  /** ACLED's `event_type`, so the CSV export lines up with ACLED data in a spreadsheet. */
  acled: string;
  /**
   * The marker's outline (map/markerShapes.ts draws it). The colour is not here: it lives in map.css as
   * `--type-<type>`, where the markers, areas and cluster rings all take it (checked ≥ 3:1 on land and sea).
   */
  shape: MarkerShape;
}

export const EVENT_TYPE_TABLE: Record<EventType, EventTypeEntry> = {
  'battles': { label: 'Battles', name: 'Battle', acled: 'Battles', shape: 'circle' },
  'explosions-remote-violence': {
    label: 'Explosions and remote violence', name: 'Explosion or remote violence', acled: 'Explosions/Remote violence', shape: 'star',
  },
  'violence-against-civilians': {
    label: 'Violence against civilians', name: 'Violence against civilians', acled: 'Violence against civilians', shape: 'triangle',
  },
  'protests': { label: 'Protests', name: 'Protest', acled: 'Protests', shape: 'square' },
  'riots': { label: 'Riots', name: 'Riot', acled: 'Riots', shape: 'diamond' },
  'strategic-developments': { label: 'Strategic developments', name: 'Strategic development', acled: 'Strategic developments', shape: 'hexagon' },
  // Not an ACLED type: ACLED files these under strategic developments; kept apart so they can be dropped.
  'diplomacy': { label: 'Diplomacy', name: 'Diplomacy', acled: 'Diplomacy', shape: 'plus' },
};

/** The types in the table's order: legend, rows and filters list them so, whatever the data holds. */
export const EVENT_TYPES = Object.keys(EVENT_TYPE_TABLE) as EventType[];

/** "Battle": one event's type in words. */
export const describeType = (type: EventType): string => EVENT_TYPE_TABLE[type].name;
