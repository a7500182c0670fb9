/**
 * A cluster's icon: a dark badge with the number of events, inside a ring cut into arcs in the type
 * colours (map.css `--type-<type>`), each as long as its type's share, so a reader sees what a crowd is
 * made of before opening it. Built with DOM calls; it holds numbers and type names, never document text.
 */
import { DivIcon } from 'leaflet';
import type { TypeCounts } from './clusterIndex.ts';
import { typesByCount } from './clusterName.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A circle of radius 100/2π has a circumference of 100: dash lengths are then percentages. */
const RING_R = 15.9155;
/** Gap between two types' arcs, in percent of the ring, so neighbouring colours stay apart. */
const GAP = 1.2;

/** 1,234 reads as 1.2k and 12,345 as 12k: the badge stays a few characters wide. */
export function shortCount(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
  return String(count);
}

/** Bigger crowds get a slightly bigger badge. */
export function clusterSize(count: number): number {
  return count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 46;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The ring and the count as DOM, for the icon (and the legend's sample). */
export function clusterBadge(count: number, byType: TypeCounts): DocumentFragment {
  const ring = svgElement('svg', { 'viewBox': '0 0 36 36', 'aria-hidden': 'true', 'focusable': 'false', 'class': 'event-cluster__ring' });
  const types = typesByCount(byType);
  const total = types.reduce((sum, [, n]) => sum + n, 0) || 1;
  const gap = types.length > 1 ? GAP : 0;
  let start = 0;
  for (const [type, n] of types) {
    const length = (100 * n) / total;
    ring.append(svgElement('circle', {
      'cx': 18, 'cy': 18, 'r': RING_R,
      'class': `event-cluster__arc event-cluster__arc--${type}`,
      // At least a sliver, so a type with one event in a thousand still shows.
      'stroke-dasharray': `${Math.max(length - gap, 0.8)} ${100 - Math.max(length - gap, 0.8)}`,
      'stroke-dashoffset': -start,
    }));
    start += length;
  }
  const label = document.createElement('span');
  label.className = 'event-cluster__count';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = shortCount(count);
  const badge = document.createDocumentFragment();
  badge.append(ring, label);
  return badge;
}

/** A DivIcon that builds a fresh badge for each marker element (one DOM node cannot serve two markers). */
class ClusterIcon extends DivIcon {
  constructor(private readonly count: number, private readonly byType: TypeCounts) {
    const size = clusterSize(count);
    super({ className: 'event-cluster', iconSize: [size, size], html: '' });
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    element.replaceChildren(clusterBadge(this.count, this.byType));
    return element;
  }
}

const cache = new Map<string, DivIcon>();
/** Enough looks for every cluster a view shows; past it the cache starts again rather than grow without end. */
const CACHE_LIMIT = 2000;

/**
 * One shared icon per count and type mix, so react-leaflet swaps an icon (a new element, which would drop
 * keyboard focus) only when what it shows changes.
 */
export function clusterIcon(count: number, byType: TypeCounts): DivIcon {
  const key = `${count}|${typesByCount(byType).join(';')}`;
  let icon = cache.get(key);
  if (!icon) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    icon = new ClusterIcon(count, byType);
    cache.set(key, icon);
  }
  return icon;
}
