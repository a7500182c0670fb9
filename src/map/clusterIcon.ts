import { DivIcon } from 'leaflet';

const cache = new Map<number, DivIcon>();

/** A round badge with the number of events; bigger crowds get a slightly bigger badge. */
export function clusterIcon(count: number): DivIcon {
  let icon = cache.get(count);
  if (!icon) {
    const size = count < 10 ? 30 : count < 100 ? 36 : 42;
    // A number, never document text: safe as markup.
    icon = new DivIcon({ className: 'event-cluster', iconSize: [size, size], html: `<span aria-hidden="true">${count}</span>` });
    cache.set(count, icon);
  }
  return icon;
}
