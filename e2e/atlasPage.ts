import { expect, type Locator, type Page } from '@playwright/test';

/** Locators for the atlas, by role and label; test ids only where Leaflet and vis give no role. */
export function atlasPage(page: Page) {
  const map = page.getByRole('region', { name: 'Map' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const details = page.getByRole('complementary', { name: 'Event details' });
  return {
    map,
    timeline,
    details,
    /** Event markers: Leaflet keyboard markers are buttons named by their title (zoom buttons excluded). */
    markers: map.locator('.leaflet-marker-pane').getByRole('button'),
    marker: (title: string): Locator => map.getByRole('button', { name: title, exact: true }),
    /** vis-timeline items are roleless divs (selection shows as their class); their label is a button. */
    items: page.getByTestId('timeline').locator('.vis-item[data-id]'),
    item: (title: string): Locator =>
      page.getByTestId('timeline').locator('.vis-item[data-id]')
        .filter({ has: page.getByRole('button', { name: title, exact: true }) }),
    itemLabel: (title: string): Locator => timeline.getByRole('button', { name: title, exact: true }),
    async open(hash = ''): Promise<void> {
      await page.goto(`./${hash}`);
      await expect(map.locator('.leaflet-marker-pane').getByRole('button').first()).toBeVisible();
      // Story mode shows a strip (an image named by the step) in place of the timeline.
      await expect(page.getByTestId('timeline').locator('.vis-item[data-id]').first()
        .or(page.getByRole('img', { name: /^Step \d+ of \d+/ }))).toBeVisible();
    },
  };
}

/** Collects console errors and uncaught exceptions from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
