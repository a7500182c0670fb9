import { useEffect, type RefObject } from 'react';
import type { DivIcon, Marker } from 'leaflet';
import { appStore, setHovered } from '../store/appStore.ts';

/**
 * Reports pointer and keyboard focus on a marker as the store's hovered event, and clears it on leave.
 * DOM listeners on the icon element rather than Leaflet's mouseover: Leaflet has no focus events for markers.
 * `icon` is a dependency because a new icon is a new element.
 */
export function useHoverReport(markerRef: RefObject<Marker | null>, id: string, icon: DivIcon): void {
  useEffect(function reportHover() {
    const element = markerRef.current?.getElement();
    if (!element) return;
    const enter = () => setHovered(id);
    const leave = () => {
      if (appStore.getState().hoveredId === id) setHovered(null);
    };
    element.addEventListener('mouseenter', enter);
    element.addEventListener('focus', enter);
    element.addEventListener('mouseleave', leave);
    element.addEventListener('blur', leave);
    return () => {
      element.removeEventListener('mouseenter', enter);
      element.removeEventListener('focus', enter);
      element.removeEventListener('mouseleave', leave);
      element.removeEventListener('blur', leave);
      // A marker removed under the pointer (filtered out, clustered) would leave the highlight behind.
      leave();
    };
  }, [markerRef, id, icon]);
}
