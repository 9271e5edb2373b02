import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCmsConfig, renderCmsConfig } from '../../cms/config/render-cms-config.ts';
import { launchBrowser, recordedPage } from '../support/browser.ts';
import { testBuilds } from '../support/builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The admin and the editors' to-do view as they are built and served.

let browser: Browser;
let internal: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  internal = await serveStatic(testBuilds.internal);
});
afterAll(async () => {
  await browser?.close();
  await internal?.close();
});

describe('the built admin', () => {
  it('serves exactly the configuration the generator makes from the schemas', () => {
    for (const build of [testBuilds.public, testBuilds.internal]) {
      // The test builds use the default (local) backend, like `npm run build` without LOTSE_CMS_BACKEND.
      expect(readFileSync(join(build, 'admin/config.yml'), 'utf8')).toBe(renderCmsConfig(currentCmsConfig({})));
    }
  });

  it('ships Decap CMS with all its chunks from the site itself and no inline scripts', () => {
    const files = readdirSync(join(testBuilds.public, 'admin/decap'));
    expect(files).toContain('decap-cms.js');
    expect(files.filter((name) => /^\d+\.decap-cms\.js$/.test(name)).length).toBeGreaterThan(50);
    const html = readFileSync(join(testBuilds.public, 'admin/index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(html).toContain('Stabsstelle Integration der Stadt Musterstadt');
    expect(readFileSync(join(testBuilds.public, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });
});

describe('the editors’ to-do view', () => {
  it('exists only in the internal edition', () => {
    expect(existsSync(join(testBuilds.internal, 'de/redaktion/index.html'))).toBe(true);
    expect(existsSync(join(testBuilds.public, 'de/redaktion/index.html'))).toBe(false);
  });

  it('lists the demo content’s outdated and missing translations with links into the CMS', async () => {
    const context = await browser.newContext();
    const { page } = await recordedPage(context);
    await page.goto(`${internal.url}/de/redaktion/`);
    const items = async (id: string) =>
      page.locator(`#${id} li`).evaluateAll((list) => list.map((item) => (item as HTMLElement).dataset['entry']));
    // Demo content as of the foundation: one organisation whose English text has no source stamp.
    expect(await items('ueberfaellig')).toEqual([]);
    expect(await items('veraltet-en')).toEqual(['organisations/auslaenderbehoerde-musterstadt']);
    for (const locale of ['ar', 'fa', 'tr', 'uk', 'ru'])
      expect(await items(`fehlt-${locale}`)).toEqual(['organisations/auslaenderbehoerde-musterstadt']);
    await expect(page.locator('#veraltet-en li a').first().getAttribute('href')).resolves.toBe(
      '/admin/#/collections/organisations/entries/auslaenderbehoerde-musterstadt',
    );
    await context.close();
  });
});
