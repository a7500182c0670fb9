import { expect, type Page } from '@playwright/test';
import { atlasPage } from './atlasPage.ts';

/** The map's own controls and layers, by role and label; classes only where Leaflet gives no role. */
export function mapPage(page: Page) {
  const atlas = atlasPage(page);
  const map = atlas.map;
  return {
    ...atlas,
    container: map.locator('.event-map'),
    fitAll: map.getByRole('button', { name: 'Fit all' }),
    focusLibya: map.getByRole('button', { name: 'Focus Libya' }),
    /** The main country's button, whatever the country: "Focus <name>". */
    focusCountry: map.getByRole('button', { name: /^Focus / }),
    /** The markers' one Tab stop (roving tabindex): the marker or cluster with tabindex 0. */
    markerTabStop: map.locator('.leaflet-marker-pane [role="button"][tabindex="0"]'),
    zoomOut: map.getByRole('button', { name: 'Zoom out' }),
    zoomIn: map.getByRole('button', { name: 'Zoom in' }),
    online: map.getByRole('checkbox', { name: 'OpenStreetMap (online)' }),
    legend: map.locator('.map-legend details'),
    legendToggle: map.getByText('Legend', { exact: true }),
    legendTypes: map.getByRole('list', { name: 'Event types' }).getByRole('listitem'),
    /** Clusters are markers named "N events: …". */
    clusters: map.getByRole('button', { name: /^\d+ events: / }),
    /** City and district names: a pane hidden from assistive technology, so found by text. */
    label: (text: string) => map.locator('.leaflet-context-labels-pane').getByText(text, { exact: true }),
    /** A city's name only (a district may share it, as Benghazi's does). */
    cityLabel: (text: string) => map.locator('.leaflet-context-labels-pane .city-label').getByText(text, { exact: true }),
    /** Zooms out until Leaflet disables the button (the map's minimum zoom). */
    async zoomOutFully(): Promise<void> {
      await expect(async () => {
        if ((await this.zoomOut.getAttribute('aria-disabled')) !== 'true') await this.zoomOut.click();
        await expect(this.zoomOut).toHaveAttribute('aria-disabled', 'true', { timeout: 500 });
      }).toPass();
    },
  };
}

/** Whether `data-bounds` holds a point. */
export async function mapShows(page: Page, point: { lat: number; lon: number }): Promise<boolean> {
  const b = await mapBounds(page);
  return b.south <= point.lat && point.lat <= b.north && b.west <= point.lon && point.lon <= b.east;
}

/** `data-bounds` of the map container as numbers: south, west, north, east. */
export async function mapBounds(page: Page): Promise<{ south: number; west: number; north: number; east: number }> {
  const raw = (await page.locator('.event-map').getAttribute('data-bounds')) ?? '';
  const [south = NaN, west = NaN, north = NaN, east = NaN] = raw.split(',').map(Number);
  return { south, west, north, east };
}
