import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const total = dataset.events.length;
const typeWords: Record<string, string> = { battles: 'Battle', diplomacy: 'Diplomacy', 'strategic-developments': 'Strategic development' };

test.describe('A reader narrows the events with filters and search', () => {
  test('searches by text: the summary and the list follow, Clear filters restores all', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await expect(atlas.summary).toHaveText(`${total} of ${total} events`);

    const place = dataset.events.find((e) => e.place)!.place!.name;
    const matching = dataset.events.filter((e) => e.place?.name === place || e.title.includes(place)
      || e.sources.some((s) => s.quote.includes(place)));
    await atlas.search.fill(place);
    await expect(atlas.summary).toHaveText(`${matching.length} of ${total} events`);
    await expect(atlas.rows).toHaveCount(matching.length);

    await atlas.filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(atlas.search).toHaveValue('');
    await expect(atlas.rows).toHaveCount(total);
    await expect(atlas.filters.getByRole('button', { name: 'Clear filters' })).toBeHidden();
  });

  test('ticks an event type: counts show what each option would give, the list and link follow', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await atlas.filtersButton.click();
    await expect(atlas.filtersButton).toHaveAttribute('aria-expanded', 'true');
    await expect(atlas.filters.getByRole('group', { name: 'Event type' })).toBeVisible();
    await expect(atlas.filters.getByRole('group', { name: 'Certainty' })).toBeVisible();

    const diplomacy = dataset.events.filter((e) => e.type === 'diplomacy').length;
    const battles = dataset.events.filter((e) => e.type === 'battles').length;
    const checkbox = atlas.checkbox(typeWords.diplomacy!);
    await expect(checkbox).toHaveAccessibleName(`Diplomacy ${diplomacy} event${diplomacy === 1 ? '' : 's'}`);
    await checkbox.check();

    await expect(atlas.summary).toHaveText(`${diplomacy} of ${total} events`);
    await expect(atlas.rows).toHaveCount(diplomacy);
    await expect(page).toHaveURL(/#type=diplomacy$/);
    // Counts of a facet ignore its own choice: Battle still says how many it would add.
    await expect(atlas.checkbox(typeWords.battles!)).toHaveAccessibleName(new RegExp(`^Battle ${battles} event`));
    await expect(atlas.filtersButton).toHaveText('Filters (1)');
  });

  test('combines facets with AND and places with OR', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    const [a, b] = [...new Set(dataset.events.flatMap((e) => (e.place ? [e.place.name] : [])))];
    await atlas.filtersButton.click();
    await atlas.checkbox(a!).check();
    await atlas.checkbox(b!).check();
    const either = dataset.events.filter((e) => e.place && [a, b].includes(e.place.name));
    await expect(atlas.rows).toHaveCount(either.length);
    const certainty = either[0]!.certainty;
    await atlas.checkbox(certainty.charAt(0).toUpperCase() + certainty.slice(1)).check();
    await expect(atlas.rows).toHaveCount(either.filter((e) => e.certainty === certainty).length);
  });

  test('Escape closes the filter panel and returns focus to its button', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await atlas.filtersButton.focus();
    await page.keyboard.press('Enter');
    const first = atlas.filters.getByRole('checkbox').first();
    await expect(first).toBeVisible();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(first).toBeHidden();
    await expect(atlas.filtersButton).toBeFocused();
  });
});
