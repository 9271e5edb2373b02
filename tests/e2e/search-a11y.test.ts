import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
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

/** Pages of search, finder and map, each with what must have rendered before checking. */
const pages: { path: (locale: string) => string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    path: (locale) => `/${locale}/search/?q=beratung&topic=beratung`,
    ready: (page) => page.locator('[data-results] li').first().waitFor(),
  },
  { path: (locale) => `/${locale}/finder/`, ready: async () => undefined },
  { path: (locale) => `/${locale}/finder/aufenthaltstitel-verlaengern/`, ready: async () => undefined },
  { path: (locale) => `/${locale}/map/`, ready: (page) => page.locator('lotse-map[data-ready="true"]').waitFor() },
];

describe('accessibility of search, finder and map', () => {
  for (const locale of ['de', 'ar']) {
    for (const { path, ready } of pages) {
      it(`axe finds no violations on ${path(locale)}`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${path(locale)}`);
        await ready(page);
        // The header search panel open with results is part of every page: check it too.
        await page.locator('#site-search-q').fill('jugend');
        await page.locator('#site-search-panel [role="status"]').filter({ hasText: /\S/ }).waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);
        await context.close();
      });
    }
  }

  it('the finder result page has no violations either', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/ar/finder/aufenthaltstitel-verlaengern/`);
    for (let step = 0; step < 4 && (await page.locator('.finder__choices a').count()) > 0; step++) {
      const before = new URL(page.url()).pathname;
      await Promise.all([page.waitForURL((url) => url.pathname !== before), page.locator('.finder__choices a').first().click()]);
    }
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
