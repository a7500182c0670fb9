import { useEffect, type RefObject } from 'react';
import type { Marker } from 'leaflet';

/** Moves keyboard focus to a marker when the layout asks (a cluster opened by keyboard), once. */
export function useFocusWhenAsked(markerRef: RefObject<Marker | null>, takeFocus: (() => void) | undefined): void {
  useEffect(function focusWhenAsked() {
    if (!takeFocus) return;
    markerRef.current?.getElement()?.focus();
    takeFocus();
  }, [markerRef, takeFocus]);
}
