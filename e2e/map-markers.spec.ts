import { expect, test } from './test.ts';
import { mapPage } from './mapPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const candidates = eventsOnBothViews(dataset);

test.describe('A reader tells events apart on the map', () => {
  test('the legend names all seven event types, and folds away', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    // Folded at first on a map too small to spare the room.
    await expect(atlas.legend).not.toHaveAttribute('open');
    await atlas.legendToggle.click();
    await expect(atlas.legendTypes).toHaveText([
      'Battles', 'Explosions and remote violence', 'Violence against civilians', 'Protests', 'Riots',
      'Strategic developments', 'Diplomacy',
    ]);
    await atlas.legendToggle.click();
    await expect(atlas.legendTypes.first()).toBeHidden();
  });

  test('each marker carries its type (shape and colour) and its precision', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    for (const event of dataset.events) {
      if (!event.place) continue;
      const marker = atlas.marker(event.title).first();
      await expect(marker).toContainClass(`event-marker--${event.type}`);
      await expect(marker.locator('svg path')).toHaveCount(1);
      const area = event.place.precision === 'region' || event.place.precision === 'country';
      await expect(marker).toContainClass(area ? 'event-marker--area' : 'event-marker--point');
      if (event.place.approximate) await expect(marker).toContainClass('event-marker--approximate');
      else await expect(marker).not.toContainClass('event-marker--approximate');
    }
  });

  test('the seed’s relative location (Ganfouda) is drawn with a dashed ring', async ({ page }) => {
    const approximate = dataset.events.find((e) => e.place?.approximate);
    test.skip(!approximate, 'the seeds have no relative location');
    const atlas = mapPage(page);
    await atlas.open();
    const marker = atlas.marker(approximate!.title).first();
    await expect(marker).toContainClass('event-marker--approximate');
    await expect(marker).toHaveCSS('cursor', 'pointer');
  });

  test('hovering or focusing a marker highlights it through the store; leaving clears it', async ({ page }) => {
    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = mapPage(page);
    await atlas.open();
    const marker = atlas.marker(event.title);
    await marker.hover();
    await expect(marker).toContainClass('is-hovered');
    await atlas.details.hover();
    await expect(marker).not.toContainClass('is-hovered');

    await marker.focus();
    await expect(marker).toContainClass('is-hovered');
    await marker.blur();
    await expect(marker).not.toContainClass('is-hovered');
  });

  test('the selected marker stands out and stays on top', async ({ page }) => {
    const event = candidates.at(-1);
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = mapPage(page);
    await atlas.open();
    // The first view frames Libya; the candidates include the talks abroad.
    await atlas.fitAll.click();
    const marker = atlas.marker(event.title);
    await marker.click();
    await expect(marker).toContainClass('is-selected');
    await expect(marker).toHaveAttribute('aria-current', 'true');
    const zIndex = async (title: string) => Number(await atlas.marker(title).evaluate((el) => getComputedStyle(el).zIndex));
    for (const other of candidates.filter((e) => e.id !== event.id)) expect(await zIndex(event.title)).toBeGreaterThan(await zIndex(other.title));
  });

  test('a selected event the search hides leaves the map working', async ({ page }) => {
    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = mapPage(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await atlas.open();
    await atlas.marker(event.title).click();
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');

    await page.getByRole('searchbox', { name: 'Search events' }).fill('no event is called this');
    await expect(atlas.marker(event.title)).toHaveCount(0);
    await atlas.focusLibya.click();
    await atlas.fitAll.click();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('');
    await expect(atlas.marker(event.title)).toBeVisible();
    expect(errors).toEqual([]);
  });
});
