/**
 * Event types as the views name them, in the schema's enum order (kept by hand: the app does not bundle
 * zod). The map legend and the timeline rows both read this, so a type is called the same everywhere.
 */
import type { EventType } from '../compiler/schema.ts';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  'battles': 'Battles',
  'explosions-remote-violence': 'Explosions and remote violence',
  'violence-against-civilians': 'Violence against civilians',
  'protests': 'Protests',
  'riots': 'Riots',
  'strategic-developments': 'Strategic developments',
  'diplomacy': 'Diplomacy',
};
