import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';

describe('offline use (installable web app with a service worker)', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  it('still shows the home page and an opened entry page after going offline', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'allow', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${site.url}/de/`);
    await page.waitForSelector('html[data-offline="ready"]');
    await page.goto(`${site.url}/de/organisations/abh-fixture/`);
    await page.waitForSelector('html[data-offline="ready"]');

    await context.setOffline(true);
    await page.goto(`${site.url}/de/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lotse Musterstadt');
    await page.goto(`${site.url}/de/organisations/abh-fixture/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ausländerbehörde Musterstadt');
    // Styles and the "open now" island came from the cache too.
    await expect.poll(() => page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderTopWidth)).toBe('6px');
    await page.locator('lotse-open-status[data-state]').first().waitFor();
    await context.close();
  });

  it('keeps the journeys of the visitor’s language without opening them, and explains the rest in that language', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.url}/ar/`);
    await page.waitForSelector('html[data-offline="ready"]');

    await context.setOffline(true);
    await page.goto(`${site.url}/ar/journeys/journey-fixture/`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('.steps > li').count()).toBe(2);
    await page.goto(`${site.url}/ar/services/mbe-fixture/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('لا يوجد اتصال بالإنترنت');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
    await context.close();
  });

  it('offers an installable app per language (manifest with name, start page, direction and icons)', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${site.url}/fa/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/fa/manifest.webmanifest');
    const manifest = await (await page.request.get(`${site.url}${href}`)).json();
    expect(manifest).toMatchObject({ lang: 'fa', dir: 'rtl', start_url: '/fa/', display: 'standalone', name: 'راهنمای موسترشتات' });
    for (const icon of manifest.icons) expect((await page.request.get(`${site.url}${icon.src}`)).status()).toBe(200);
    expect(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '512x512')).toBe(true);
    await context.close();
  });
});
