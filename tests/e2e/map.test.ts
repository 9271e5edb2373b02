import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordedPage } from '../support/browser.ts';
import { testBuilds } from '../support/builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { stubTiles } from '../support/tile-stub.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(testBuilds.public);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Places the map shows: single markers plus the numbers in cluster icons. */
async function markersOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('[data-map] path.leaflet-interactive').length;
    const clustered = [...document.querySelectorAll('[data-map] .marker-cluster')].reduce((sum, icon) => sum + Number(icon.textContent), 0);
    return singles + clustered;
  });
}

async function openMap(page: Page, path = '/de/map/'): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator('lotse-map[data-ready="true"]').waitFor();
}

describe('the map of all locations', () => {
  it('shows every listed place as a marker, with no request to another host before consent', async () => {
    const context = await browser.newContext();
    const tiles = await stubTiles(context);
    const { page, record } = await recordedPage(context);
    await openMap(page);
    const listed = await page.locator('[data-list] > li').count();
    expect(listed).toBeGreaterThan(0);
    await expect.poll(() => markersOnMap(page)).toBe(listed);
    await page.waitForLoadState('networkidle');
    const foreign = record.requests.filter((url) => new URL(url).origin !== server.url);
    expect(foreign).toEqual([]);
    expect(tiles.requests).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await context.close();
  });

  it('loads tiles only from the configured server after consent, and remembers the consent', async () => {
    const context = await browser.newContext();
    const tiles = await stubTiles(context);
    const { page, record } = await recordedPage(context);
    await openMap(page);
    await page.getByRole('button', { name: 'Hintergrundkarte laden' }).click();
    await expect.poll(() => tiles.requests.length).toBeGreaterThan(0);
    const foreign = record.requests.filter((url) => new URL(url).origin !== server.url);
    expect(foreign.length).toBeGreaterThan(0);
    for (const url of foreign) expect(new URL(url).origin).toBe(tiles.origin);

    const before = tiles.requests.length;
    await openMap(page);
    await expect.poll(() => tiles.requests.length).toBeGreaterThan(before);
    await expect.poll(() => page.getByRole('button', { name: 'Hintergrundkarte nicht mehr laden' }).isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the list and the map in sync when filtering by topic', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openMap(page);
    const all = await page.locator('[data-list] > li').count();
    const topics = await page
      .locator('[data-topic-filter] option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    let narrowed = false;
    /** Topics of the places the list shows, and how many markers the map draws. */
    const shownNow = async () => ({
      topics: await page
        .locator('[data-list] > li:not([hidden])')
        .evaluateAll((items) => items.map((item) => (item.getAttribute('data-topics') ?? '').split(' '))),
      markers: await markersOnMap(page),
    });
    for (const topic of topics) {
      await page.selectOption('[data-topic-filter]', topic);
      // The list shows only places of the topic, and the map exactly the places listed.
      await expect
        .poll(async () => {
          const shown = await shownNow();
          return {
            withoutTopic: shown.topics.filter((list) => !list.includes(topic)).length,
            markersOffList: shown.markers - shown.topics.length,
          };
        })
        .toEqual({ withoutTopic: 0, markersOffList: 0 });
      const visible = (await shownNow()).topics.length;
      if (visible > 0 && visible < all) narrowed = true;
    }
    expect(narrowed).toBe(true);
    await expect.poll(() => page.locator('[data-count]').textContent()).toMatch(/\d+ Ort/);
    await context.close();
  });
});
