import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { sortByDate } from '../src/store/sortByDate.ts';
import { collectErrors } from './atlasPage.ts';
import { embedView, exampleHost } from './embedPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

// The host page is public/embed-example.html served by the second preview server (port + 10, the hostile
// corpus build, which copies public/ too): another origin than the atlas it frames, as on a newsroom's site.
// Its `?atlas=` points the frame at the main build.

const dataset = seedDataset();
const [first, second] = eventsOnBothViews(dataset);
const ids = new Set(dataset.events.map((e) => e.id));
const authored = (dataset.story?.steps ?? []).filter((s) => ids.has(s.eventId)).map((s) => s.eventId);
/** Story mode's steps as the atlas builds them: the authored story, else the events by date. */
const storyIds = authored.length > 0 ? authored : sortByDate(dataset.events).map((e) => e.id);
const titleOf = (id: string) => dataset.events.find((e) => e.id === id)!.title;

function origins(baseURL: string) {
  const atlas = new URL(baseURL);
  const host = new URL(baseURL);
  host.port = String(Number(atlas.port) + 10);
  return { atlas: atlas.origin, host: host.origin };
}

/** Opens the example host page, framing the atlas with `embed=1` and any extra query. */
async function openHost(page: Page, baseURL: string, query = '') {
  const frameUrl = new URL(`./index.html?embed=1${query}`, baseURL).href;
  await page.goto(`${origins(baseURL).host}/embed-example.html?atlas=${encodeURIComponent(frameUrl)}`);
  const host = exampleHost(page);
  const embed = embedView(host.frame);
  await expect(embed.items.first()).toBeVisible();
  const frame = page.frame({ url: (url) => url.searchParams.get('embed') === '1' });
  if (!frame) throw new Error('The atlas frame is missing.');
  return { host, embed, frame };
}

/**
 * Waits until the frame has handled every message the host page sent so far. Messages between two windows
 * arrive in the order they were sent, and the atlas's listener runs before this probe's, so once the probe
 * arrives, every earlier message has been applied or ignored. No sleeping.
 */
async function afterHostMessagesArrive(page: Page, frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    (window as unknown as { e2eProbe: Promise<void> }).e2eProbe = new Promise((resolve) => {
      addEventListener('message', (e: MessageEvent) => { if (e.data?.type === 'e2e:probe') resolve(); });
    });
  });
  await page.evaluate(() => {
    document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'e2e:probe' }, '*');
  });
  await frame.evaluate(() => (window as unknown as { e2eProbe: Promise<void> }).e2eProbe);
}

test.describe('A host page steers an embedded atlas with postMessage', () => {
  test.beforeAll(() => {
    if (!first || !second) throw new Error('The seeds yield fewer than two events on both views.');
  });

  test('the atlas says it is ready and reports its height, then obeys atlas:select', async ({ page, baseURL }, testInfo) => {
    const errors = collectErrors(page);
    const { host, embed } = await openHost(page, baseURL!);
    await expect(host.log.first()).toHaveText('{"type":"atlas:ready"}');
    await expect(host.log.nth(1)).toHaveText('{"type":"atlas:resize","height":480}');

    await host.eventId.fill(first!.id);
    await host.select.click();
    await expect(embed.selectedTitle).toHaveText(first!.title);
    await expect(embed.item(first!.title)).toContainClass('vis-selected');
    await expect(host.log.last()).toHaveText(`{"type":"atlas:selected","id":"${first!.id}"}`);

    await host.clear.click();
    await expect(embed.strip).toContainText('Select an event');
    await expect(host.log.last()).toHaveText('{"type":"atlas:selected","id":null}');

    const dir = join(testInfo.project.outputDir, 'screens');
    mkdirSync(dir, { recursive: true });
    await host.eventId.fill(second!.id);
    await host.select.click();
    await expect(embed.selectedTitle).toHaveText(second!.title);
    await page.screenshot({ path: join(dir, 'embed-example.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('a selection made inside the frame is reported to the host', async ({ page, baseURL }) => {
    const { host, embed } = await openHost(page, baseURL!);
    await embed.item(second!.title).click();
    await expect(embed.selectedTitle).toHaveText(second!.title);
    await expect(host.log.last()).toHaveText(`{"type":"atlas:selected","id":"${second!.id}"}`);
    // The example page offers the ids it learns.
    await expect(host.eventId).toHaveValue(second!.id);
  });

  test('a new frame height is reported, and a frame below the minimum grows to it', async ({ page, baseURL }) => {
    const { host } = await openHost(page, baseURL!);
    await expect(host.log.filter({ hasText: 'atlas:resize' })).toHaveCount(1);
    await host.frameHeight.selectOption('300');
    await expect(host.log.last()).toHaveText('{"type":"atlas:resize","height":300}');
    await expect.poll(async () => (await host.iframe.boundingBox())?.height).toBe(300);

    await host.frameHeight.selectOption('200');
    // The embed layout has a minimum height; the host follows the report and the frame settles there.
    await expect(host.log.last()).not.toHaveText('{"type":"atlas:resize","height":300}');
    const reported = JSON.parse(await host.log.last().innerText()) as { type: string; height: number };
    expect(reported.type).toBe('atlas:resize');
    expect(reported.height).toBeGreaterThan(200);
    await expect.poll(async () => (await host.iframe.boundingBox())?.height).toBe(reported.height);
  });

  test('atlas:window sets the timeline\'s window', async ({ page, baseURL }) => {
    const { host, frame } = await openHost(page, baseURL!);
    await host.from.fill('2017-01-01');
    await host.to.fill('2017-06-30');
    await host.showPeriod.click();
    await expect.poll(() => new URL(frame.url()).hash).toContain('from=2017-01-01&to=2017-06-30');
  });

  test('atlas:story walks the story, 1-based like the link\'s story=, and null leaves it', async ({ page, baseURL }) => {
    const [step1, step2] = storyIds;
    if (!step1 || !step2) throw new Error('The seeds yield fewer than two story steps.');
    const { host, embed, frame } = await openHost(page, baseURL!);
    await host.nextStep.click();
    await expect(embed.selectedTitle).toHaveText(titleOf(step1));
    await expect.poll(() => new URL(frame.url()).hash).toContain('story=1');
    await host.nextStep.click();
    await expect(embed.selectedTitle).toHaveText(titleOf(step2));
    await expect(embed.strip).toContainText(`Step 2 of ${storyIds.length}`);
    await host.previousStep.click();
    await expect(embed.selectedTitle).toHaveText(titleOf(step1));
    await host.leaveStory.click();
    await expect.poll(() => new URL(frame.url()).hash).not.toContain('story=');
    await expect(embed.selectedTitle).toHaveText(titleOf(step1));
    await expect(embed.strip).not.toContainText('Step 1 of');
  });

  test('a window of 1 ms gives the frame a link whose window reads back (issue 16.10)', async ({ page, baseURL }) => {
    const { frame } = await openHost(page, baseURL!);
    // Timestamps without a zone are local, like the days of the atlas's links.
    await page.evaluate(() => {
      document.querySelector('iframe')!.contentWindow!
        .postMessage({ type: 'atlas:window', from: '2017-03-01T12:00:00.000', to: '2017-03-01T12:00:00.001' }, '*');
    });
    await expect.poll(() => new URL(frame.url()).hash).toContain('from=2017-03-01&to=2017-03-02');
  });

  test('the example page keeps its look under its strict Content Security Policy (issue 16.10)', async ({ page, baseURL }) => {
    // The page carries a meta policy with no inline styles allowed; test.ts fails the story on a violation.
    await openHost(page, baseURL!);
    await expect(page.getByRole('main')).toHaveCSS('display', 'grid');
  });

  test('messages of other shapes are ignored', async ({ page, baseURL }) => {
    const errors = collectErrors(page);
    const { host, embed, frame } = await openHost(page, baseURL!);
    await page.evaluate(([bad, good]) => {
      const atlas = document.querySelector('iframe')!.contentWindow!;
      for (const message of [
        'atlas:select', null, 42, [{ type: 'atlas:select', id: bad }],
        { type: 'ATLAS:SELECT', id: bad }, { type: 'atlas:selected', id: bad }, { type: 'select', id: bad },
        { type: 'atlas:select', id: [bad] }, { type: 'atlas:select' },
        { type: 'atlas:window', from: '2018-01-01', to: '2017-01-01' }, { type: 'atlas:window', from: 'yesterday', to: 'today' },
        { type: 'atlas:story', step: 0 }, { type: 'atlas:story', step: '1' },
      ]) atlas.postMessage(message, '*');
      atlas.postMessage({ type: 'atlas:select', id: good }, '*');
    }, [first!.id, second!.id]);

    await expect(embed.selectedTitle).toHaveText(second!.title);
    // Had any earlier message been obeyed, its selection would have been reported first.
    await expect(host.log.filter({ hasText: 'atlas:selected' })).toHaveText([`{"type":"atlas:selected","id":"${second!.id}"}`]);
    expect(new URL(frame.url()).hash).not.toContain('from=');
    expect(errors).toEqual([]);
  });

  test('with ?origins= naming another site, the host can neither steer nor hear the atlas', async ({ page, baseURL }) => {
    const { host, embed, frame } = await openHost(page, baseURL!, `&origins=${encodeURIComponent('https://elsewhere.example')}`);
    await host.eventId.fill(first!.id);
    await host.select.click();
    await afterHostMessagesArrive(page, frame);
    await expect(embed.strip).toContainText('Select an event');

    // The reader can still use it; the host just hears nothing.
    await embed.item(second!.title).click();
    await expect(embed.selectedTitle).toHaveText(second!.title);
    await expect(host.log).toHaveCount(0);
  });

  test('with ?origins= naming the host, it steers as before', async ({ page, baseURL }) => {
    const { host, embed } = await openHost(page, baseURL!, `&origins=${encodeURIComponent(origins(baseURL!).host)}`);
    await expect(host.log.first()).toHaveText('{"type":"atlas:ready"}');
    await host.eventId.fill(first!.id);
    await host.select.click();
    await expect(embed.selectedTitle).toHaveText(first!.title);
  });

  test('axe finds no violations on the example page and in its frame', async ({ page, baseURL }) => {
    const { host, embed } = await openHost(page, baseURL!);
    await host.eventId.fill(first!.id);
    await host.select.click();
    await expect(embed.selectedTitle).toHaveText(first!.title);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});
