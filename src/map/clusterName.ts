import type { EventType } from '../compiler/schema.ts';
import type { TypeCounts } from './clusterIndex.ts';
import { EVENT_TYPES, EVENT_TYPE_TABLE } from '../data/eventTypes.ts';

/** The types in a cluster, most events first (ties in the legend's order), without the empty ones. */
export function typesByCount(byType: TypeCounts): [EventType, number][] {
  return EVENT_TYPES.flatMap((type): [EventType, number][] => (byType[type] ? [[type, byType[type]]] : []))
    .sort((a, b) => b[1] - a[1]);
}

/**
 * The cluster's accessible name: how many events, how many of each type (what the icon's ring shows),
 * and the first few titles — "12 events: battles 7, protests 5. A; B; C and 9 more".
 */
export function clusterName(count: number, byType: TypeCounts, titles: readonly string[], shown = 3): string {
  const types = typesByCount(byType).map(([type, n]) => `${EVENT_TYPE_TABLE[type].label.toLowerCase()} ${n}`).join(', ');
  const listed = titles.slice(0, shown).join('; ');
  const more = count > Math.min(titles.length, shown) ? ` and ${count - Math.min(titles.length, shown)} more` : '';
  return `${count} events: ${types}. ${listed}${more}`;
}
