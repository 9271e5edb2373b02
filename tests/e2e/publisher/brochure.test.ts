import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounterBrochure } from '#src/lib/content/read-publications.ts';
import { absoluteUrl, brochurePath, brochurePrintPath, counterBrochurePath, entryPath, entryQrPath } from '#src/lib/paths.ts';
import { brochureChapters, brochureEntries } from '#src/lib/publish/brochure.ts';
import { counterBrochureChapters } from '#src/lib/publish/counter-brochure.ts';
import { launchBrowser } from '../../support/browser.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { sitemapUrls } from '../../support/site-files.ts';
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
      .locator('[data-chapter]:visible')
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
    // What shows, not what the attributes say: a stylesheet can override `hidden`.
    const full = await page
      .locator('[data-chapter] [data-brochure-entry]:visible')
      .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-brochure-entry')));
    expect(full.sort()).toEqual([...expected].sort());
    expect(await page.locator('[data-chapter] [data-brochure-entry]:visible img.qr').count()).toBe(expected.size);
    const crossReferences = await page.locator('[data-chapter] [data-see-also]:visible').allInnerTexts();
    expect(crossReferences.length).toBeGreaterThan(0);
    expect(crossReferences.every((text) => text.includes('Kapitel'))).toBe(true);
    const tocVisible = await page.locator('.toc li:visible').count();
    expect(tocVisible).toBe(chosen.length);
  });

  // Right to left, the arrow points the way the line reads.
  for (const [locale, arrow] of [
    ['de', '→'],
    ['ar', '←'],
  ] as const) {
    it(`shows each entry once in full and the others as cross references naming their chapter, without JavaScript (${locale})`, async () => {
      const directory = await demoDirectory('public');
      const chapters = brochureChapters(directory);
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}${brochurePrintPath(locale)}`);
      const full = await page
        .locator('[data-chapter] [data-brochure-entry]:visible')
        .evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-brochure-entry')));
      const ids = chapters.flatMap((chapter) => chapter.entries.map((entry) => entry.id));
      expect(full).toEqual([...new Set(ids)]);
      const chapterNames = await page.locator('[data-chapter] h2').allInnerTexts();
      const crossReferences = await page.locator('[data-chapter] [data-see-also]:visible').allInnerTexts();
      expect(crossReferences).toHaveLength(ids.length - full.length);
      const unnamed = crossReferences.filter(
        (text) => !text.startsWith(`${arrow} `) || !text.endsWith(')') || !chapterNames.some((name) => text.includes(name)),
      );
      expect(unnamed).toEqual([]);
      await context.close();
    });
  }

  // The codes are image files, so the page itself carries only text and a phone opens it fast;
  // each file is the code the qrcode package draws for the entry's page in that language.
  for (const locale of ['de', 'ar']) {
    it(`shows every entry's QR code as an image file leading to the entry's page (${locale})`, async () => {
      const directory = await demoDirectory('public');
      const counter = counterBrochureChapters(directory, readCounterBrochure('content'));
      for (const [path, entries] of [
        // The brochure holds each entry in full once, in the first chapter it belongs to.
        [
          brochurePrintPath(locale),
          [
            ...new Map(
              brochureChapters(directory)
                .flatMap((chapter) => chapter.entries)
                .map((entry) => [entry.id, entry]),
            ).values(),
          ],
        ],
        [counterBrochurePath(locale), counter.flatMap((chapter) => chapter.entries)],
      ] as const) {
        const html = readFileSync(join(testBuilds.public, path, 'index.html'), 'utf8');
        expect(html).not.toContain('<svg');
        const sources = [...html.matchAll(/<img class="qr" src="([^"]+)"/g)].map((match) => match[1]);
        expect(sources).toEqual(entries.map((entry) => entryQrPath(locale, entry.collection, entry.id)));
      }
      const entries = brochureEntries(directory, readCounterBrochure('content'));
      expect(entries.length).toBeGreaterThan(counter.length);
      for (const entry of entries) {
        const response = await fetch(`${server.url}${entryQrPath(locale, entry.collection, entry.id)}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/svg+xml');
        const url = absoluteUrl(directory.site.url, entryPath(locale, entry.collection, entry.id));
        expect(await response.text()).toBe(await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }));
      }
    });
  }

  it('keeps the QR code files out of the sitemap', () => {
    const urls = sitemapUrls(testBuilds.public);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => new URL(url).pathname.endsWith('.svg'))).toEqual([]);
  });
});
