import { expect, type Locator, type Page } from '@playwright/test';
import type { Event } from '../src/compiler/schema.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';

/** Timeline parts vis gives no role to: its row labels, and the visible window the adapter exposes. */
export function timelineView(page: Page) {
  const canvas = page.getByTestId('timeline');
  return {
    canvas,
    /** Row labels, top to bottom. */
    rowLabels: canvas.locator('.vis-labelset .vis-label'),
    /** The visible window in epoch ms, as the timeline last settled on it (data-window-start/-end). */
    async window(): Promise<{ start: number; end: number }> {
      await expect(canvas).toHaveAttribute('data-window-end', /\d/);
      const [start, end] = await Promise.all(['data-window-start', 'data-window-end'].map((a) => canvas.getAttribute(a)));
      return { start: Number(start), end: Number(end) };
    },
    /** Waits until the visible window differs from `before`, and returns it. */
    async windowAfter(before: { start: number; end: number }): Promise<{ start: number; end: number }> {
      await expect(canvas).not.toHaveAttribute('data-window-end', String(before.end));
      return this.window();
    },
  };
}

/** Passes once the item is drawn wholly inside the timeline's item area (vis's centre panel): in view. */
export async function expectInTimelineView(page: Page, item: Locator): Promise<void> {
  const area = page.getByTestId('timeline').locator('.vis-panel.vis-center');
  await expect(async () => {
    const [areaBox, itemBox] = await Promise.all([area.boundingBox(), item.boundingBox()]);
    if (!areaBox || !itemBox) throw new Error('no box');
    expect(itemBox.x).toBeGreaterThanOrEqual(areaBox.x);
    expect(itemBox.y).toBeGreaterThanOrEqual(areaBox.y);
    expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(areaBox.x + areaBox.width);
    expect(itemBox.y + itemBox.height).toBeLessThanOrEqual(areaBox.y + areaBox.height);
  }).toPass();
}

/** Row labels in the schema's order of types, as the timeline names them. */
export const TYPE_LABELS: [Event['type'], string][] = [
  ['battles', 'Battles'], ['explosions-remote-violence', 'Explosions and remote violence'],
  ['violence-against-civilians', 'Violence against civilians'], ['protests', 'Protests'], ['riots', 'Riots'],
  ['strategic-developments', 'Strategic developments'], ['diplomacy', 'Diplomacy'],
];

/** Passes when the item's middle lies inside the row label's height: the item is drawn in that row. */
export async function expectInRow(row: Locator, item: Locator): Promise<void> {
  await expect(async () => {
    const [rowBox, itemBox] = await Promise.all([row.boundingBox(), item.boundingBox()]);
    if (!rowBox || !itemBox) throw new Error('no box');
    const middle = itemBox.y + itemBox.height / 2;
    expect(middle).toBeGreaterThan(rowBox.y);
    expect(middle).toBeLessThan(rowBox.y + rowBox.height);
  }).toPass();
}

/** Passes when each row of items starts level with its label (they scroll together). */
export async function expectRowsAligned(page: Page): Promise<void> {
  const canvas = page.getByTestId('timeline');
  await expect(async () => {
    const labels = await canvas.locator('.vis-labelset .vis-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    const rows = await canvas.locator('.vis-foreground .vis-group').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(rows.map((top, i) => Math.round(top - (labels[i] ?? NaN)))).toEqual(rows.map(() => 0));
  }).toPass();
}

/** Whether an event's dates touch a window: the rule the map's window filter applies (store/timeIndex.ts, selectWindowedEvents). */
export function touchesWindow(e: Event, w: { start: number; end: number }): boolean {
  if (!e.date) return false;
  const span = eventTimeSpan(e.date);
  return span.start.getTime() < w.end && span.end.getTime() > w.start;
}
