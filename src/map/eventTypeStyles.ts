/**
 * How each event type looks on the map: a colour and a shape, so types stay apart for readers who do not
 * see the colours (WCAG 1.4.1). Colours live in map.css as `--type-<type>` (checked ≥ 3:1 against land and
 * sea); this table names the shape; the legend's labels are the shared ones (src/data/eventTypeLabels.ts).
 */
import type { EventType } from '../compiler/schema.ts';
import { EVENT_TYPE_LABELS } from '../data/eventTypeLabels.ts';

export type MarkerShape = 'circle' | 'star' | 'triangle' | 'square' | 'diamond' | 'hexagon' | 'plus';

export interface EventTypeStyle {
  label: string;
  shape: MarkerShape;
}

const SHAPES: Record<EventType, MarkerShape> = {
  'battles': 'circle',
  'explosions-remote-violence': 'star',
  'violence-against-civilians': 'triangle',
  'protests': 'square',
  'riots': 'diamond',
  'strategic-developments': 'hexagon',
  'diplomacy': 'plus',
};

export const EVENT_TYPE_STYLES = Object.fromEntries(
  (Object.keys(EVENT_TYPE_LABELS) as EventType[]).map((type) => [type, { label: EVENT_TYPE_LABELS[type], shape: SHAPES[type] }]),
) as Record<EventType, EventTypeStyle>;

export const EVENT_TYPES = Object.keys(EVENT_TYPE_STYLES) as EventType[];
