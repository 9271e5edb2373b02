import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounterBrochure } from '#src/lib/content/read-publications.ts';
import { absoluteUrl, counterBrochurePath, downloadPath, entryPath } from '#src/lib/paths.ts';
import { counterBrochureChapters } from '#src/lib/publish/counter-brochure.ts';
import { brochurePdfName, counterBrochurePdfName } from '#src/lib/publish/downloads.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { pdfQrCodes } from '../../support/pdf-qr-codes.ts';
import { pdfText, squash } from '../../support/pdf-text.ts';
import { openSite, type SiteUnderTest } from '../reader/support.ts';
import { axeViolations } from '../../support/axe.ts';

/**
 * The demo site as published (npm run build + npm run papers): the documents collection with
 * its open pages and PDFs, the paper on responsibilities with its contact points and change
 * list, and the counter edition of the brochure.
 */
let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite(testBuilds.public);
});
afterAll(() => site.close());

/** Pages and page size of a PDF, from poppler's pdfinfo. */
function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdfinfo failed for ${file} (needs poppler-utils): ${result.stderr}`);
  const pages = Number(/Pages:\s+(\d+)/.exec(result.stdout)?.[1]);
  const [, width = '0', height = '0'] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(result.stdout) ?? [];
  return { pages, width: Number(width), height: Number(height) };
}

describe('the documents', () => {
  for (const locale of ['de', 'ar'] as const) {
    it(`have an open page listing every kind, and pages of their own, without axe violations (${locale})`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}/${locale}/documents/`);
      await expect.poll(() => page.locator('.document-card').count()).toBeGreaterThanOrEqual(6);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${site.url}/${locale}/documents/merkblatt-aufenthaltstitel-verlaengern/`);
      await expect.poll(() => page.locator('.entry__download a[type="application/pdf"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('download as the PDF the editors uploaded, and the pages they belong to link them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/de/networks/lenkungskreis-integration/`);
    const link = page.locator('.entry__documents a[type="application/pdf"]').first();
    await expect.poll(() => link.getAttribute('href')).toBe('/media/geschaeftsordnung-lenkungskreis-integration.pdf');
    const response = await page.request.get(`${site.url}/media/geschaeftsordnung-lenkungskreis-integration.pdf`);
    expect(response.status()).toBe(200);
    expect(
      Buffer.from(await response.body())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    // The public version of an agreement appears on the agreement's page.
    await page.goto(`${site.url}/de/agreements/kooperation-awo-migrationsberatung-im-rathaus/`);
    await expect.poll(() => page.locator('.entry__documents .document-card').count()).toBe(1);
    await page.close();
  });
});

describe('the paper on responsibilities', () => {
  it('lists the counselling and interpreting services as key contact points', () => {
    const html = readFileSync(join(testBuilds.public, 'de/papers/responsibilities/index.html'), 'utf8');
    const contactPoints = html.slice(html.indexOf('data-topic-group="contact-points"'));
    for (const id of ['mbe-awo', 'jmd-ib', 'fib-caritas', 'sprachmittlerpool-musterstadt']) {
      expect(contactPoints).toContain(`data-paper-entry="${id}"`);
    }
    const text = squash(pdfText(join(testBuilds.public, downloadPath('de', 'paper-responsibilities'))));
    expect(text).toContain(squash('Schlüsselakteure und zentrale Anlaufstellen'));
    expect(text).toContain(squash('Migrationsberatung für Erwachsene'));
  });

  it('carries the changes since the previous version on the web page and in the PDF', () => {
    const html = readFileSync(join(testBuilds.public, 'de/papers/responsibilities/index.html'), 'utf8');
    expect(html).toMatch(/data-paper-changes="(changes|first-version|unavailable)"/);
    const text = squash(pdfText(join(testBuilds.public, downloadPath('de', 'paper-responsibilities'))));
    expect(text).toContain(squash('Änderungen seit der vorigen Fassung'));
  });
});

describe('the counter brochure', () => {
  for (const locale of ['de', 'ar'] as const) {
    it(`is an A5 booklet of at most 24 pages (${locale}), beside the full brochure`, () => {
      const file = join(testBuilds.public, downloadPath(locale, counterBrochurePdfName));
      const { pages, width, height } = pdfInfo(file);
      expect(pages).toBeGreaterThan(2);
      expect(pages).toBeLessThanOrEqual(24);
      // A5 is 148 × 210 mm = 420 × 595 pt.
      expect(Math.round(width)).toBe(420);
      expect(Math.round(height)).toBe(596);
      const full = join(testBuilds.public, downloadPath(locale, brochurePdfName('A5')));
      expect(existsSync(full)).toBe(true);
      expect(pdfInfo(full).pages).toBeGreaterThan(pages);
    });
  }

  for (const locale of ['de', 'ar'] as const) {
    it(`prints beside every entry a QR code that leads to its page (${locale})`, async () => {
      const directory = await demoDirectory('public');
      const entries = counterBrochureChapters(directory, readCounterBrochure('content')).flatMap((chapter) => chapter.entries);
      const urls = entries.map((entry) => absoluteUrl(directory.site.url, entryPath(locale, entry.collection, entry.id)));
      expect(pdfQrCodes(join(testBuilds.public, downloadPath(locale, counterBrochurePdfName))).sort()).toEqual(urls.sort());
    });
  }

  it('prints the chapters and entries the editors chose, in their order', () => {
    const text = squash(pdfText(join(testBuilds.public, downloadPath('de', counterBrochurePdfName))));
    const order = ['Helpdesk Integration', 'Aufenthaltstitel verlängern', 'Aufenthaltsgestattung verlängern', 'Wohngeld beantragen'].map(
      (title) => text.indexOf(squash(title)),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(existsSync(join(testBuilds.public, counterBrochurePath('de'), 'index.html'))).toBe(true);
  });
});
