import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../../src/lib/content/directory.ts';
import { entryPath, referralPath } from '../../../src/lib/paths.ts';
import { launchBrowser, recordedPage } from '../../support/browser.ts';
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

/** Three entries of different kinds, each added from its own page. */
const picks = [
  { collection: 'services', id: 'mbe-awo' },
  { collection: 'responsibilities', id: 'aufenthaltstitel-verlaengern' },
  { collection: 'organisations', id: 'jobcenter-musterstadt' },
] as const;

describe('the referral slip', () => {
  it('collects three entries from different pages, keeps them over a reload, prints Arabic beside German and shares them as a link', async () => {
    const directory = await demoDirectory('public');
    const context = await browser.newContext();
    const { page, record } = await recordedPage(context);

    for (const pick of picks) {
      await page.goto(`${server.url}${entryPath('de', pick.collection, pick.id)}`);
      const toggle = page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    }
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('link', { name: 'Verweiszettel öffnen (3)' }).click();
    await page.waitForURL((url) => url.pathname === referralPath('de'));

    await page.getByLabel('Sprache der ratsuchenden Person').selectOption('ar');
    await page.locator('[data-slip-entry]').nth(2).waitFor();
    await page.locator('.slip-qr svg').nth(2).waitFor();
    await expect
      .poll(() => page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry'))))
      .toEqual(picks.map((pick) => pick.id));

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.referral-controls').isVisible()).toBe(false);
    for (const pick of picks) {
      const row = page.locator(`[data-slip-entry="${pick.id}"]`);
      const client = row.locator('[data-slip-column="client"]');
      const german = row.locator('[data-slip-column="de"]');
      await expect.poll(() => client.getAttribute('lang')).toBe('ar');
      await expect.poll(() => client.getAttribute('dir')).toBe('rtl');
      await expect.poll(() => german.getAttribute('lang')).toBe('de');
      const entry = directory.byId.get(pick.id)!;
      await expect.poll(() => client.locator('h3').innerText()).toBe(String(localize(entry, 'ar').localized.title));
      await expect.poll(() => german.locator('h3').innerText()).toBe(String(entry.data.title));
      const [a, b] = [await client.boundingBox(), await german.boundingBox()];
      // Side by side: the same line on paper, not one under the other.
      expect(a && b && Math.abs(a.y - b.y) < 5 && Math.abs(a.x - b.x) > 100).toBe(true);
    }
    await expect
      .poll(() => page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="client"]').innerText())
      .toContain('جواز سفر ساري المفعول');
    await expect
      .poll(() => page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="de"]').innerText())
      .toContain('Gültiger Reisepass');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);

    await page.emulateMedia({ media: 'screen' });
    const link = await page.locator('input[name="share"]').inputValue();
    expect(new URL(link).hash).toBe(`#ids=${picks.map((pick) => pick.id).join(',')}&lang=ar`);
    expect(record.requests.every((url) => url.startsWith(server.url))).toBe(true);
    expect(record.pageErrors).toEqual([]);
    await context.close();

    const fresh = await browser.newContext();
    const shared = await fresh.newPage();
    await shared.goto(link);
    await shared.locator('[data-slip-entry]').nth(2).waitFor();
    await expect.poll(() => shared.locator('[data-slip-entry]').count()).toBe(3);
    await expect.poll(() => shared.locator('[data-slip-column="client"]').first().getAttribute('lang')).toBe('ar');
    const stored = await shared.evaluate(() => localStorage.getItem('lotse.referral.v1'));
    expect(JSON.parse(stored ?? '{}')).toEqual({ ids: picks.map((pick) => pick.id), lang: 'ar' });
    await fresh.close();
  });

  it('removes entries one by one and shows the empty state after clearing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${referralPath('en')}#ids=mbe-awo,jobcenter-musterstadt`);
    await page.locator('[data-slip-entry]').nth(1).waitFor();
    await page
      .getByRole('button', { name: /^Remove: / })
      .first()
      .click();
    await expect.poll(() => page.locator('[data-slip-entry]').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.getByText('No entries selected yet.').isVisible()).toBe(true);
    await context.close();
  });

  it('adds a search result to the slip from the search page, the button naming its entry', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/de/search/?q=migrationsberatung`);
    const firstHit = page.locator('[data-results] .search-hit').first();
    const title = await firstHit.locator('.search-hit__title').innerText();
    const toggle = firstHit.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' });
    // The same label on every result; the description tells a screen reader which entry it adds.
    await expect
      .poll(() => toggle.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent))
      .toBe(title);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const id = await firstHit.locator('lotse-referral-toggle').getAttribute('data-entry');
    await page.getByRole('link', { name: 'Verweiszettel', exact: true }).click();
    await page.locator('[data-slip-entry]').first().waitFor();
    await expect
      .poll(() => page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry'))))
      .toEqual([id]);
    await context.close();
  });
});
