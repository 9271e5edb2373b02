import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { searchBuild } from '../support/search-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { axeViolations } from '../support/axe.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(searchBuild);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages of search and map, each with what must have rendered before checking (the finder's are in finder.test.ts). */
const pages: { path: (locale: string) => string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    path: (locale) => `/${locale}/search/?q=beratung&topic=beratung`,
    ready: (page) => page.locator('[data-results] li').first().waitFor(),
  },
  { path: (locale) => `/${locale}/map/`, ready: (page) => page.locator('lotse-map[data-ready="true"]').waitFor() },
];

describe('accessibility of search and map', () => {
  for (const locale of ['de', 'ar']) {
    for (const { path, ready } of pages) {
      it(`axe finds no violations on ${path(locale)}`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${path(locale)}`);
        await ready(page);
        // The header search panel open with results is part of every page but the search page
        // (which is the search): check it too.
        if ((await page.locator('#site-search-q').count()) > 0) {
          await page.locator('#site-search-q').fill('jugend');
          await page.locator('#site-search-panel [role="status"]').filter({ hasText: /\S/ }).waitFor();
        }
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
