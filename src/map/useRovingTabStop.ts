import { useEffect, type RefObject } from 'react';
import type { DivIcon, Marker } from 'leaflet';
import type { RovingFocus } from './useRovingFocus.ts';

/**
 * Makes a marker one of the map's roving markers: tabindex 0 only for the tab stop, -1 for the rest
 * (Leaflet gives every `keyboard` marker 0), and reports focus and the element to the map's RovingFocus.
 * `icon` is a dependency because a new icon is a new element, with Leaflet's tabindex again.
 */
export function useRovingTabStop(markerRef: RefObject<Marker | null>, key: string, tabStop: boolean, roving: RovingFocus, icon: DivIcon): void {
  useEffect(function setTabIndex() {
    const element = markerRef.current?.getElement();
    if (element) element.tabIndex = tabStop ? 0 : -1;
  }, [markerRef, tabStop, icon]);

  useEffect(function takePart() {
    const element = markerRef.current?.getElement();
    if (!element) return;
    roving.register(key, element);
    const focused = () => roving.focused(key);
    element.addEventListener('focus', focused);
    return () => {
      element.removeEventListener('focus', focused);
      roving.register(key, null);
    };
  }, [markerRef, key, roving, icon]);
}
