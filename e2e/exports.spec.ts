import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { parseCsv } from '../src/exports/parseCsv.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();

/** Clicks an export format and returns the downloaded file's name and text. */
async function download(page: Page, format: string) {
  const menu = page.getByText('Export', { exact: true });
  await menu.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export the events on view' }).getByRole('button', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test.describe('A researcher exports the events on view', () => {
  test('as GeoJSON: a FeatureCollection of the placed events', async ({ page }) => {
    await panelsPage(page).open();
    const { name, text } = await download(page, 'GeoJSON');
    expect(name).toBe('conflict-atlas-events.geojson');
    const geo = JSON.parse(text);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(dataset.events.filter((e) => e.place).length);
    expect(geo.features[0].properties).toHaveProperty('certainty');
  });

  test('as CSV with ACLED columns, only what the filters leave', async ({ page }) => {
    await panelsPage(page).open('#type=diplomacy');
    const { name, text } = await download(page, 'CSV (ACLED columns)');
    expect(name).toBe('conflict-atlas-events.csv');
    const [header, ...rows] = parseCsv(text);
    expect(header).toContain('event_id_cnty');
    expect(header).toContain('sub_event_type');
    expect(rows).toHaveLength(dataset.events.filter((e) => e.type === 'diplomacy').length);
    const type = header!.indexOf('event_type');
    expect(new Set(rows.map((r) => r[type]))).toEqual(new Set(['Diplomacy']));
  });

  test('as TimelineJS JSON: one slide per dated event', async ({ page }) => {
    await panelsPage(page).open();
    const { name, text } = await download(page, 'TimelineJS JSON');
    expect(name).toBe('conflict-atlas-timelinejs.json');
    const timeline = JSON.parse(text);
    expect(timeline.events).toHaveLength(dataset.events.filter((e) => e.date).length);
    expect(timeline.events[0].start_date.year).toEqual(expect.any(Number));
    expect(timeline.events[0].text.headline).toEqual(expect.any(String));
  });
});
