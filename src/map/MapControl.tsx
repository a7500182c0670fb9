import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { Control, DomEvent, DomUtil, type ControlPosition } from 'leaflet';

interface MapControlProps {
  position: ControlPosition;
  className?: string;
  children: ReactNode;
}

/**
 * A Leaflet control whose content is React: Leaflet places the box in its corner (and stacks it with the
 * zoom and attribution controls), React renders into it through a portal. Clicks, wheel and drags inside do
 * not reach the map.
 * Live: children. Creation-only: position, className.
 */
export function MapControl({ position, className = '', children }: MapControlProps) {
  const map = useMap();
  const [container] = useState(() => {
    const div = DomUtil.create('div', `leaflet-control map-control ${className}`.trim());
    DomEvent.disableClickPropagation(div);
    DomEvent.disableScrollPropagation(div);
    return div;
  });

  useEffect(function addControl() {
    const control = new Control({ position });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, position, container]);

  return createPortal(children, container);
}
