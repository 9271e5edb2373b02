import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordedPage } from '../support/browser.ts';
import { testBuilds } from '../support/builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

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

describe('search in the header of every page', () => {
  it('loads the search index only once the visitor starts searching', async () => {
    const context = await browser.newContext();
    const { page, record } = await recordedPage(context);
    await page.goto(`${server.url}/de/`);
    await page.waitForLoadState('networkidle');
    expect(record.requests.some((url) => url.includes('search-index.json'))).toBe(false);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => record.requests.some((url) => url.endsWith('/de/search-index.json'))).toBe(true);
    await context.close();
  });

  // How fast it answers is measured by npm run bench (query latency in Chromium), not here: a
  // time limit in a browser test fails on a busy machine although nothing is wrong.
  it('shows the right entry for a misspelled query as the visitor types', async () => {
    const context = await browser.newContext();
    const { page, record } = await recordedPage(context);
    await page.goto(`${server.url}/de/`);
    const input = page.locator('#site-search-q');
    await input.click();
    await input.pressSequentially('migrationsberatng', { delay: 40 });
    const firstHit = page.locator('#site-search-panel li a').first();
    await expect.poll(() => firstHit.getAttribute('href')).toMatch(/^\/de\/services\/mbe-/);
    await expect.poll(() => firstHit.locator('mark').first().textContent()).toMatch(/^Migrationsberatung/);
    expect(record.pageErrors).toEqual([]);
    await context.close();
  });

  it('moves from the field into the results with the arrow key and back with Escape', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/`);
    await page.locator('#site-search-q').click();
    await page.keyboard.type('ausländerbehörde');
    await page.locator('#site-search-panel li a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#site-search-panel') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await expect.poll(() => page.locator('#site-search-panel').isHidden()).toBe(true);
    await context.close();
  });

  it('stays closed after Escape while an answer is on its way, and the down arrow opens it again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/`);
    const input = page.locator('#site-search-q');
    const panel = page.locator('#site-search-panel');
    await input.fill('ausländer');
    await panel.locator('li a').first().waitFor();
    // Typing on and Escape in one task: the new query's results are not drawn yet when the panel closes.
    await input.evaluate((field: HTMLInputElement) => {
      field.value = 'ausländerbehörde';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    // A poll would pass at once; two frames later any drawing still pending has happened.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await panel.isHidden()).toBe(true);
    await input.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
      .toBe('/de/organisations/auslaenderbehoerde-musterstadt/');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await context.close();
  });

  it('opens the full result list on Enter, with the query in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/`);
    await page.locator('#site-search-q').fill('Auslaenderbehoerde');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/de\/search\/\?q=Auslaenderbehoerde/);
    await expect
      .poll(() => page.locator('[data-results] li a').first().getAttribute('href'))
      .toBe('/de/organisations/auslaenderbehoerde-musterstadt/');
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/\d+ Treffer/);
    await context.close();
  });
});

describe('facets for counsellors', () => {
  it('narrow the results, write themselves into the address and survive a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/search/?q=beratung`);
    const results = page.locator('[data-results] li a.search-hit__title');
    await results.first().waitFor();
    const showAll = async () => {
      while (await page.locator('[data-more]').isVisible()) await page.locator('[data-more]').click();
      return results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    };
    const before = await showAll();
    await page.locator('details[data-filters] summary').click();
    await page.getByRole('checkbox', { name: /^Arabisch/ }).check();
    await page.waitForURL(/lang=ar/);
    await expect.poll(async () => (await page.locator('[data-status]').textContent()) !== `${before.length} Treffer`).toBe(true);
    const after = await showAll();
    expect(after.length).toBeLessThan(before.length);
    expect(after.length).toBeGreaterThan(0);
    for (const href of after) expect(before).toContain(href);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(`${after.length} Treffer`);

    await page.reload();
    await results.first().waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: /^Arabisch/ }).isChecked()).toBe(true);
    await expect.poll(showAll).toEqual(after);
    await context.close();
  });

  it('can be used by keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/search/?q=beratung`);
    await page.locator('[data-results] li').first().waitFor();
    await page.locator('details[data-filters] summary').focus();
    await page.keyboard.press('Enter');
    // Tab to the first facet checkbox and tick it with the space bar.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    await page.keyboard.press('Space');
    await page.waitForURL(new RegExp(`${name}=`));
    await context.close();
  });
});

describe('the site’s own publications and tools', () => {
  it('are found by what a counsellor types, as their own kind, and lead to their page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/search/?q=${encodeURIComponent('verweisberatung broschüre pdf')}`);
    const first = page.locator('[data-results] li').first();
    await expect.poll(() => first.locator('a.search-hit__title').getAttribute('href')).toBe('/de/brochure/');
    expect(await first.locator('.search-hit__kind').textContent()).toBe('Veröffentlichung');
    // A publication is no entry to refer a client to.
    expect(await first.locator('lotse-referral-toggle').count()).toBe(0);
    await page.locator('details[data-filters] summary').click();
    await page.getByRole('checkbox', { name: /^Werkzeuge/ }).check();
    await page.locator('#search-page-q').fill('karte');
    await expect.poll(() => page.locator('[data-results] li a.search-hit__title').first().getAttribute('href')).toBe('/de/map/');
    await context.close();
  });

  it('are found in the other languages, from the header', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/`);
    await page.locator('#site-search-q').fill('خريطة');
    await expect.poll(() => page.locator('#site-search-panel li a').first().getAttribute('href')).toBe('/ar/map/');
    await context.close();
  });
});
