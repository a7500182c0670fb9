import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { arrowTarget, westToEast, type RovingItem } from './arrowTarget.ts';

/** What each marker needs to take part in the map's single tab stop. Stable across renders. */
export interface RovingFocus {
  /** A marker's element, registered while it is on the map (null when it leaves). */
  register(key: string, element: HTMLElement | null): void;
  /** A marker got focus (by keyboard, click or script): it becomes the tab stop. */
  focused(key: string): void;
  /** Moves focus for an arrow, Home or End key pressed on a marker; false for other keys. */
  move(from: string, key: string): boolean;
}

/**
 * A roving tabindex over the markers and clusters: the map's markers are one Tab stop, not one each (47
 * stops for 14 events was the problem). The stop is the marker last focused while the selection stayed
 * the same, else the selected event's marker, else the westernmost; arrow keys move between markers
 * (arrowTarget). Returns the stop's key and the handle the markers use.
 */
export function useRovingFocus(items: readonly RovingItem[], selectedId: string | null): { stopKey: string | null; roving: RovingFocus } {
  const [last, setLast] = useState<{ key: string; selectedId: string | null } | null>(null);
  // The handle is stable (markers keep it in their handlers); it reads the current markers and selection.
  const itemsRef = useRef(items);
  const selectedRef = useRef(selectedId);
  useLayoutEffect(function keepCurrent() {
    itemsRef.current = items;
    selectedRef.current = selectedId;
  }, [items, selectedId]);

  const roving = useMemo<RovingFocus>(() => {
    const elements = new Map<string, HTMLElement>();
    return {
      register(key, element) {
        if (element) elements.set(key, element);
        else elements.delete(key);
      },
      focused(key) {
        setLast((prev) => (prev?.key === key && prev.selectedId === selectedRef.current ? prev : { key, selectedId: selectedRef.current }));
      },
      move(from, key) {
        const target = arrowTarget(itemsRef.current, from, key);
        if (target === null) return false;
        elements.get(target)?.focus();
        return true;
      },
    };
  }, []);

  const has = (key: string | null | undefined): key is string => !!key && items.some((item) => item.key === key);
  const stopKey = last && last.selectedId === selectedId && has(last.key) ? last.key
    : has(selectedId) ? selectedId
    : [...items].sort(westToEast)[0]?.key ?? null;
  return { stopKey, roving };
}
