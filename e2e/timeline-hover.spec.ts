import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const candidates = eventsOnBothViews(seedDataset());

test.describe('Hovering an event highlights it on both views', () => {
  test('hovering a timeline item highlights it; leaving clears it', async ({ page }) => {
    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = atlasPage(page);
    await atlas.open();
    const item = atlas.item(event.title);
    // The class comes back from the store (itemover → setHovered → updateTimeline), not from CSS :hover.
    await atlas.itemLabel(event.title).hover();
    await expect(item).toContainClass('is-hovered');
    await atlas.details.hover();
    await expect(item).not.toContainClass('is-hovered');
  });

  test('focusing an item label with the keyboard highlights it', async ({ page }) => {
    const event = candidates.at(-1);
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.itemLabel(event.title).focus();
    await expect(atlas.item(event.title)).toContainClass('is-hovered');
    await atlas.itemLabel(event.title).blur();
    await expect(atlas.item(event.title)).not.toContainClass('is-hovered');
  });

  test('hovering a map marker highlights its timeline item, and the reverse', async ({ page }) => {
    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.marker(event.title).hover();
    await expect(atlas.item(event.title)).toContainClass('is-hovered');

    await atlas.itemLabel(event.title).hover();
    await expect(atlas.marker(event.title)).toContainClass('is-hovered');
  });
});
