import type { FrameLocator, Page } from '@playwright/test';

/** Locators for the embedded atlas, by role and label, on its own page or inside a host page's iframe. */
export function embedView(root: Page | FrameLocator) {
  const timeline = root.getByRole('region', { name: 'Timeline' });
  const strip = root.getByRole('region', { name: 'Selected event' });
  return {
    map: root.getByRole('region', { name: 'Map' }),
    timeline,
    strip,
    /** The selected event's title in the strip. */
    selectedTitle: strip.getByRole('heading', { level: 2 }),
    fullViewLink: root.getByRole('link', { name: /^Open full view/ }),
    readSource: strip.getByRole('button', { name: /^Read source/ }),
    markers: root.getByRole('region', { name: 'Map' }).locator('.leaflet-marker-pane').getByRole('button'),
    marker: (title: string) => root.getByRole('region', { name: 'Map' }).getByRole('button', { name: title, exact: true }),
    /** A short frame's one-line stand-in for the timeline (an image named by what it shows). */
    dateStrip: timeline.getByRole('img', { name: / in time/ }),
    /** vis-timeline items are roleless divs (selection shows as their class); their label is a button. */
    items: root.getByTestId('timeline').locator('.vis-item[data-id]'),
    item: (title: string) => root.getByTestId('timeline').locator('.vis-item[data-id]')
      .filter({ has: root.getByRole('button', { name: title, exact: true }) }),
  };
}

/** The host page public/embed-example.html, by its labels. */
export function exampleHost(page: Page) {
  return {
    frame: page.frameLocator('iframe[title="Conflict Atlas"]'),
    iframe: page.locator('iframe[title="Conflict Atlas"]'),
    // An input with a datalist is a combobox.
    eventId: page.getByRole('combobox', { name: /^Event id/ }),
    select: page.getByRole('button', { name: 'Select', exact: true }),
    clear: page.getByRole('button', { name: 'Clear selection' }),
    from: page.getByRole('textbox', { name: 'From', exact: true }),
    to: page.getByRole('textbox', { name: 'To', exact: true }),
    showPeriod: page.getByRole('button', { name: 'Show period' }),
    nextStep: page.getByRole('button', { name: 'Next step' }),
    previousStep: page.getByRole('button', { name: 'Previous step' }),
    leaveStory: page.getByRole('button', { name: 'Leave story' }),
    frameHeight: page.getByLabel('Frame height'),
    log: page.getByRole('log', { name: 'Messages from the atlas' }).getByRole('listitem'),
  };
}
