import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCmsConfig, renderCmsConfig } from '#cms/config/render-cms-config.ts';
import { launchBrowser, recordedPage } from '../support/browser.ts';
import { cmsConfirmPath, cmsEntryPath } from '#src/lib/paths.ts';
import { testBuilds, testToday } from '../support/builds.ts';
import { demoAgreements, demoDueSoon, demoMissing, demoOutdated, demoOverdue, demoProjects } from '../support/demo-todo.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The admin and the editors' to-do view as they are built and served.

/** The to-do view (src/pages/[locale]/redaktion.astro): German only, internal edition only. */
const todoPath = '/de/redaktion/';

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
      // A build takes the backend from site.config.yaml (the demo's GitHub), never the local one.
      expect(readFileSync(join(build, 'admin/config.yml'), 'utf8')).toBe(renderCmsConfig(currentCmsConfig({ development: false })));
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

  it('lists the demo content’s overdue entries, outdated and missing translations, ending projects and due agreements', async () => {
    const context = await browser.newContext();
    const { page } = await recordedPage(context);
    await page.goto(`${internal.url}${todoPath}`);
    const items = async (id: string) =>
      page.locator(`#${id} li`).evaluateAll((list) => list.map((item) => (item as HTMLElement).dataset['entry']));

    expect(await items('ueberfaellig')).toEqual(demoOverdue);
    for (const entry of demoDueSoon) expect(await items('ueberfaellig')).not.toContain(entry);
    await expect.poll(() => page.locator('#ueberfaellig li').first().textContent()).toContain('fällig seit 10. Februar 2026 (285 Tage)');
    for (const locale of ['en', 'ar', 'fa', 'tr', 'uk', 'ru']) {
      expect(await items(`veraltet-${locale}`), locale).toEqual(demoOutdated[locale]);
      expect(((await items(`fehlt-${locale}`)) as string[]).sort(), locale).toEqual(demoMissing(locale));
    }
    // The 17 networks and 17 agreements; fa also lacks the internal accommodation office.
    expect(demoMissing('ar')).toHaveLength(17 + 17);
    expect(demoMissing('fa')).toHaveLength(17 + 17 + 1);
    expect(await items('projekte')).toEqual(demoProjects);
    expect(await items('vereinbarungen')).toEqual(demoAgreements);
    await expect.poll(() => page.locator('#vereinbarungen li').last().textContent()).toContain('gültig bis 31. Januar 2027');
    // Nothing in the demo content points to a missing entry or an ended project.
    expect(await items('verweise')).toEqual([]);

    await expect
      .poll(() => page.locator('#veraltet-en li a').first().getAttribute('href'))
      .toBe(cmsEntryPath('networks', 'lenkungskreis-integration'));
    await expect
      .poll(() => page.locator('#ueberfaellig li a.todo-confirm').first().getAttribute('href'))
      .toBe(cmsConfirmPath('faq', 'faq-integrationskurs-kosten'));
    await context.close();
  });

  it('prints the same lists in the terminal with npm run freshness', async () => {
    const cli = spawnSync(process.execPath, ['scripts/freshness.ts'], {
      encoding: 'utf8',
      env: { ...process.env, LOTSE_TODAY: testToday },
    });
    expect(cli.status, cli.stderr).toBe(0);
    // Sections: a heading with its count, then one line per entry ending in its CMS link.
    const printed = new Map<string, string[]>();
    let heading = '';
    for (const line of cli.stdout.split('\n')) {
      const link = /#\/collections\/([^/]+)\/entries\/(\S+)$/.exec(line);
      if (line.startsWith('  - ') && link) printed.get(heading)!.push(`${link[1]}/${link[2]}`);
      else if (/^\S.*\(\d+\)$/.test(line)) printed.set((heading = line), []);
    }
    const context = await browser.newContext();
    const { page } = await recordedPage(context);
    await page.goto(`${internal.url}${todoPath}`);
    const shown = new Map<string, string[]>();
    for (const section of await page.locator('section.todo-section').all()) {
      const title = (await section.locator('h2').textContent()) ?? '';
      shown.set(title, await section.locator('li').evaluateAll((list) => list.map((item) => (item as HTMLElement).dataset['entry'] ?? '')));
    }
    await context.close();
    // Overdue, two per language (outdated, missing) for six languages, projects, agreements, references.
    expect(printed.size).toBe(1 + 2 * 6 + 3);
    expect(printed).toEqual(shown);
    expect(printed.get(`Überfällige Prüfungen, älteste zuerst (${demoOverdue.length})`)).toEqual(demoOverdue);
  });

  it('is German only: no language switcher, and every link on it leads to a page of the build', async () => {
    const context = await browser.newContext();
    const { page } = await recordedPage(context);
    await page.goto(`${internal.url}${todoPath}`);
    await expect.poll(() => page.locator('.language-switcher').count()).toBe(0);
    await expect.poll(() => page.locator('link[rel=alternate][hreflang]').count()).toBe(0);
    // An ended project has no page any more; its line links into the CMS only.
    await expect.poll(() => page.locator('li[data-entry="projects/anlaufstelle-ukraine"] a').count()).toBe(1);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    await context.close();
    const missing = [...new Set(hrefs)]
      .map((href) => href.replace(/[#?].*$/, ''))
      .filter((path) => !existsSync(join(testBuilds.internal, path, path.endsWith('/') ? 'index.html' : '')));
    expect(missing).toEqual([]);
  });
});
