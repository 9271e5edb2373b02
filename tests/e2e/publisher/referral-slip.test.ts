import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../../src/lib/content/directory.ts';
import { entryPath, referralPath } from '../../../src/lib/paths.ts';
import { launchBrowser, recordedPage } from '../../support/browser.ts';
import { publisherBuilds } from '../../support/publisher-builds.ts';
import { publisherDirectory } from '../../support/publisher-fixture.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(publisherBuilds.public);
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
    const directory = await publisherDirectory('public');
    const context = await browser.newContext();
    const { page, record } = await recordedPage(context);

    for (const pick of picks) {
      await page.goto(`${server.url}${entryPath('de', pick.collection, pick.id)}`);
      const toggle = page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' });
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await page.reload();
    await expect(page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('link', { name: 'Verweiszettel öffnen (3)' }).click();
    expect(new URL(page.url()).pathname).toBe(referralPath('de'));

    await page.getByLabel('Sprache der ratsuchenden Person').selectOption('ar');
    await page.locator('[data-slip-entry]').nth(2).waitFor();
    await page.locator('.slip-qr svg').nth(2).waitFor();
    expect(await page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry')))).toEqual(
      picks.map((pick) => pick.id),
    );

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.referral-controls').isVisible()).resolves.toBe(false);
    for (const pick of picks) {
      const row = page.locator(`[data-slip-entry="${pick.id}"]`);
      const client = row.locator('[data-slip-column="client"]');
      const german = row.locator('[data-slip-column="de"]');
      await expect(client.getAttribute('lang')).resolves.toBe('ar');
      await expect(client.getAttribute('dir')).resolves.toBe('rtl');
      await expect(german.getAttribute('lang')).resolves.toBe('de');
      const entry = directory.byId.get(pick.id)!;
      await expect(client.locator('h3').innerText()).resolves.toBe(String(localize(entry, 'ar').localized.title));
      await expect(german.locator('h3').innerText()).resolves.toBe(String(entry.data.title));
      const [a, b] = [await client.boundingBox(), await german.boundingBox()];
      // Side by side: the same line on paper, not one under the other.
      expect(a && b && Math.abs(a.y - b.y) < 5 && Math.abs(a.x - b.x) > 100).toBe(true);
    }
    await expect(
      page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="client"]').innerText(),
    ).resolves.toContain('جواز سفر ساري المفعول');
    await expect(page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="de"]').innerText()).resolves.toContain(
      'Gültiger Reisepass',
    );
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
    expect(await shared.locator('[data-slip-entry]').count()).toBe(3);
    await expect(shared.locator('[data-slip-column="client"]').first().getAttribute('lang')).resolves.toBe('ar');
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
    await expect(page.locator('[data-slip-entry]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page.getByText('No entries selected yet.').isVisible()).resolves.toBe(true);
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
    await expect(
      toggle.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent),
    ).resolves.toBe(title);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const id = await firstHit.locator('lotse-referral-toggle').getAttribute('data-entry');
    await page.getByRole('link', { name: 'Verweiszettel', exact: true }).click();
    await page.locator('[data-slip-entry]').first().waitFor();
    expect(await page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry')))).toEqual([
      id,
    ]);
    await context.close();
  });
});
