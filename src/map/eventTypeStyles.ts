/**
 * How each event type looks on the map: a colour and a shape, so types stay apart for readers who do not
 * see the colours (WCAG 1.4.1). Colours live in map.css as `--type-<type>` (checked ≥ 3:1 against land and
 * sea); this table names the shape and the legend's label. Labels are kept by hand here because the map
 * may not import the timeline's (views never import each other); the schema's enum order is kept.
 */
import type { EventType } from '../compiler/schema.ts';

export type MarkerShape = 'circle' | 'star' | 'triangle' | 'square' | 'diamond' | 'hexagon' | 'plus';

export interface EventTypeStyle {
  label: string;
  shape: MarkerShape;
}

export const EVENT_TYPE_STYLES: Record<EventType, EventTypeStyle> = {
  'battles': { label: 'Battles', shape: 'circle' },
  'explosions-remote-violence': { label: 'Explosions and remote violence', shape: 'star' },
  'violence-against-civilians': { label: 'Violence against civilians', shape: 'triangle' },
  'protests': { label: 'Protests', shape: 'square' },
  'riots': { label: 'Riots', shape: 'diamond' },
  'strategic-developments': { label: 'Strategic developments', shape: 'hexagon' },
  'diplomacy': { label: 'Diplomacy', shape: 'plus' },
};

export const EVENT_TYPES = Object.keys(EVENT_TYPE_STYLES) as EventType[];
