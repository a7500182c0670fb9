/** A box in screen (or layer) pixels: top-left corner and size. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: PixelBox, b: PixelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where to draw each label so that none covers a marker or another label: obstacles (the markers) come
 * first, then each label in the given order (highest priority first) takes the first of its places
 * (`boxes`, in order of preference) that is free, or is dropped. Returns the chosen place's index per kept
 * label. A grid of cells makes each test look at the few boxes nearby: about O(n) for n labels.
 */
export function placeLabels<K>(labels: readonly { key: K; boxes: readonly PixelBox[] }[], obstacles: readonly PixelBox[], cell = 64): Map<K, number> {
  const grid = new Map<string, PixelBox[]>();
  const cellsOf = (b: PixelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x / cell); cx <= Math.floor((b.x + b.width) / cell); cx++) {
      for (let cy = Math.floor(b.y / cell); cy <= Math.floor((b.y + b.height) / cell); cy++) keys.push(`${cx}:${cy}`);
    }
    return keys;
  };
  const insert = (b: PixelBox) => {
    for (const k of cellsOf(b)) {
      const list = grid.get(k);
      if (list) list.push(b);
      else grid.set(k, [b]);
    }
  };
  obstacles.forEach(insert);
  const free = (box: PixelBox) => !cellsOf(box).some((k) => grid.get(k)?.some((other) => overlaps(box, other)));
  const placed = new Map<K, number>();
  for (const { key, boxes } of labels) {
    const index = boxes.findIndex(free);
    if (index < 0) continue;
    insert(boxes[index]!);
    placed.set(key, index);
  }
  return placed;
}
