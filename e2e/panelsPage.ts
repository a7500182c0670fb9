import { expect, type Page } from '@playwright/test';

/** Locators for the panels (filters, list, details, reader, export), by role and label. */
export function panelsPage(page: Page) {
  const filters = page.getByRole('form', { name: 'Filters' });
  const list = page.getByRole('region', { name: 'Events' });
  const details = page.getByRole('complementary', { name: 'Event details' });
  return {
    filters,
    list,
    details,
    search: filters.getByRole('searchbox', { name: 'Search events' }),
    filtersButton: filters.getByRole('button', { name: /^Filters/ }),
    summary: filters.getByRole('status'),
    rows: list.getByRole('listitem').getByRole('button'),
    /** The list row whose title is exactly `title` (its accessible name goes on with date and place). */
    row: (title: string) => list.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) }).getByRole('button'),
    checkbox: (name: string) => filters.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(name)} \\d+ events?$`) }),
    reader: page.getByRole('dialog'),
    detailsTitle: details.getByRole('heading', { level: 2 }),
    /** Opens the atlas and waits for the list (or its "no events" note), which every layout shows. */
    async open(hash = ''): Promise<void> {
      await page.goto(`./${hash}`);
      await expect(list.getByRole('listitem').first().or(list.getByText('No events match the filters.'))).toBeAttached();
    },
  };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
