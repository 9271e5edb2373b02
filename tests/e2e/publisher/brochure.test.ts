import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brochurePath } from '../../../src/lib/paths.ts';
import { brochureChapters } from '../../../src/lib/publish/brochure.ts';
import { launchBrowser } from '../../support/browser.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(testBuilds.public);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the referral brochure', () => {
  it('prints only the chosen topics in A5, each entry once in full with a QR code and cross references elsewhere', async () => {
    const directory = await demoDirectory('public');
    const chapters = brochureChapters(directory);
    const chosen = ['sprache', 'beratung'];
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}${brochurePath('de')}`);
    for (const topic of chosen) await page.locator(`input[name="topics"][value="${topic}"]`).check();
    await page.getByLabel('A5').check();
    await page.getByRole('button', { name: 'Druckfassung öffnen' }).click();
    await page.waitForSelector('html[data-brochure-ready]', { state: 'attached' });
    await expect.poll(() => page.locator('html').getAttribute('class')).toContain('format-a5');
    const visibleChapters = await page
      .locator('[data-chapter]:not([hidden])')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-chapter')));
    // Chapter order follows the topic vocabulary as Astro loads it, so compare as sets.
    expect(visibleChapters.sort()).toEqual(
      chapters
        .map((chapter) => chapter.topic)
        .filter((topic) => chosen.includes(topic))
        .sort(),
    );
    const expected = new Set(
      chapters.filter((chapter) => chosen.includes(chapter.topic)).flatMap((chapter) => chapter.entries.map((entry) => entry.id)),
    );
    const full = await page
      .locator('[data-chapter]:not([hidden]) [data-brochure-entry]:not([hidden])')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-brochure-entry')));
    expect(full.sort()).toEqual([...expected].sort());
    expect(await page.locator('[data-chapter]:not([hidden]) [data-brochure-entry]:not([hidden]) .qr svg').count()).toBe(expected.size);
    const crossReferences = await page.locator('[data-chapter]:not([hidden]) [data-see-also]:not([hidden])').allInnerTexts();
    expect(crossReferences.length).toBeGreaterThan(0);
    expect(crossReferences.every((text) => text.includes('Kapitel'))).toBe(true);
    const tocVisible = await page.locator('.toc li:not([hidden])').count();
    expect(tocVisible).toBe(chosen.length);
  });
});
