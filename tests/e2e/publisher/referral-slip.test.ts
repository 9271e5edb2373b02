import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localize } from '#src/lib/content/directory.ts';
import { entryPath, referralPath } from '#src/lib/paths.ts';
import type { CollectionName } from '#src/schema/names.ts';
import { recordedPage } from '../../support/browser.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { pdfText, squash } from '../../support/pdf-text.ts';
import { openSite, type SiteUnderTest } from '../reader/support.ts';
import { serveStatic } from '../../support/static-server.ts';

// Islands load their data and libraries after the page: on a busy machine that takes seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(testBuilds.public);
});
afterAll(() => site.close());

/** Three entries of different kinds, each added from its own page. */
const picks = [
  { collection: 'services', id: 'mbe-awo' },
  { collection: 'responsibilities', id: 'aufenthaltstitel-verlaengern' },
  { collection: 'organisations', id: 'jobcenter-musterstadt' },
] as const;

const slipUrl = (locale: string, ids: readonly string[], lang: string) =>
  `${site.url}${referralPath(locale)}#ids=${ids.join(',')}&lang=${lang}`;

/** Wait until the slip shows `count` entries with their QR codes. */
async function slipReady(page: Page, count: number): Promise<void> {
  await expect.poll(() => page.locator('[data-slip-entry] .slip-qr svg').count()).toBe(count);
}

/** Open the slip of the three picks for an Arabic-speaking client, as a shared link does. */
async function openPicksForArabicClient(page: Page): Promise<void> {
  await page.goto(
    slipUrl(
      'de',
      picks.map((pick) => pick.id),
      'ar',
    ),
  );
  await slipReady(page, 3);
}

describe('the referral slip', () => {
  it('collects three entries from different pages, keeps them over a reload, prints Arabic beside German and shares them as a link', async () => {
    const directory = await demoDirectory('public');
    const context = await site.browser.newContext();
    const { page, record } = await recordedPage(context);

    for (const pick of picks) {
      await page.goto(`${site.url}${entryPath('de', pick.collection, pick.id)}`);
      await page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).click();
      // The button now says that the entry is on the slip and that pressing it removes it.
      await expect.poll(() => page.getByRole('button', { name: 'Hinzugefügt – entfernen' }).count()).toBe(1);
    }
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Hinzugefügt – entfernen' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Verweiszettel öffnen (3)' }).click();
    await page.waitForURL((url) => url.pathname === referralPath('de'));

    await page.getByLabel('Sprache der ratsuchenden Person').selectOption('ar');
    await expect.poll(() => page.locator('[data-slip-column="client"]').first().getAttribute('lang')).toBe('ar');
    await slipReady(page, 3);
    expect(await page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry')))).toEqual(
      picks.map((pick) => pick.id),
    );

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.referral-controls').isVisible()).toBe(false);
    for (const pick of picks) {
      const row = page.locator(`[data-slip-entry="${pick.id}"]`);
      const client = row.locator('[data-slip-column="client"]');
      const german = row.locator('[data-slip-column="de"]');
      expect(await client.getAttribute('lang')).toBe('ar');
      expect(await client.getAttribute('dir')).toBe('rtl');
      expect(await german.getAttribute('lang')).toBe('de');
      const entry = directory.byId.get(pick.id)!;
      expect(await client.locator('h3').innerText()).toBe(String(localize(entry, 'ar').localized.title));
      expect(await german.locator('h3').innerText()).toBe(String(entry.data.title));
      const [a, b] = [await client.boundingBox(), await german.boundingBox()];
      // On paper side by side: the same line, not one under the other.
      expect(a && b && Math.abs(a.y - b.y) < 5 && Math.abs(a.x - b.x) > 100).toBe(true);
    }
    expect(await page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="client"]').innerText()).toContain(
      'جواز سفر ساري المفعول',
    );
    expect(await page.locator('[data-slip-entry="aufenthaltstitel-verlaengern"] [data-slip-column="de"]').innerText()).toContain(
      'Gültiger Reisepass',
    );

    await page.emulateMedia({ media: 'screen' });
    const link = await page.locator('input[name="share"]').inputValue();
    // The link opens the slip in the client's language and holds the ids and the language only.
    expect(new URL(link).pathname).toBe(referralPath('ar'));
    expect(new URL(link).hash).toBe(`#ids=${picks.map((pick) => pick.id).join(',')}&lang=ar`);
    expect(record.requests.every((url) => url.startsWith(site.url))).toBe(true);
    expect(record.pageErrors).toEqual([]);
    await context.close();

    const fresh = await site.browser.newContext();
    const shared = await fresh.newPage();
    await shared.goto(link);
    await slipReady(shared, 3);
    expect(await shared.locator('[data-slip-column="client"]').first().getAttribute('lang')).toBe('ar');
    const stored = await shared.evaluate(() => localStorage.getItem('lotse.referral.v1'));
    expect(JSON.parse(stored ?? '{}')).toEqual({ ids: picks.map((pick) => pick.id), lang: 'ar' });
    await fresh.close();
  });

  it('shows the basket with its count in the header of every page once it holds something, announcing changes politely', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/de/`);
    const basket = page.locator('.site-header .referral-basket__link');
    expect(await basket.isVisible()).toBe(false);

    await page.goto(`${site.url}${entryPath('de', 'services', 'mbe-awo')}`);
    await page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).click();
    await expect.poll(() => basket.isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Verweiszettel 1 Eintrag' }).count()).toBe(1);
    await expect.poll(() => page.locator('.site-header [data-basket-status]').textContent()).toBe('Verweiszettel: 1 Eintrag');

    await page.goto(`${site.url}${entryPath('de', 'organisations', 'jobcenter-musterstadt')}`);
    await page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).click();
    await expect.poll(() => page.locator('.site-header [data-basket-status]').textContent()).toBe('Verweiszettel: 2 Einträge');

    // Another page: the basket is there with its count, but nothing is announced on arrival.
    await page.goto(`${site.url}${entryPath('de', 'networks', 'ag-sprache')}`);
    await expect.poll(() => basket.isVisible()).toBe(true);
    await expect.poll(() => basket.innerText()).toContain('2');
    expect(await page.locator('.site-header [data-basket-status]').textContent()).toBe('');
    await basket.click();
    expect(new URL(page.url()).pathname).toBe(referralPath('de'));
    await context.close();
  });

  it('offers the toggle only on entries a client can be referred to', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // The page either carries the toggle or not (server-rendered); where it does, the island shows it.
    const toggles = async (collection: CollectionName, id: string) => {
      await page.goto(`${site.url}${entryPath('de', collection, id)}`);
      const count = await page.locator('main lotse-referral-toggle').count();
      if (count > 0) await expect.poll(() => page.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).count()).toBe(1);
      return count;
    };
    expect(await toggles('services', 'mbe-awo')).toBe(1);
    expect(await toggles('organisations', 'jobcenter-musterstadt')).toBe(1);
    expect(await toggles('associations', 'initiative-sprachbruecke')).toBe(1);
    expect(await toggles('networks', 'ag-sprache')).toBe(0);
    expect(await toggles('agreements', 'kooperation-awo-migrationsberatung-im-rathaus')).toBe(0);
    expect(await toggles('checklists', 'mitbringliste-aufenthaltstitel')).toBe(0);
    await context.close();
  });

  it('offers neither print nor share on an empty slip', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${referralPath('de')}`);
    await expect.poll(() => page.getByText('Noch keine Einträge ausgewählt.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByLabel(/Link zum Teilen/).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Zum Scannen zeigen' }).isVisible()).toBe(false);
    await context.close();
  });

  it('removes entries one by one and shows the empty state after clearing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(slipUrl('en', ['mbe-awo', 'jobcenter-musterstadt'], 'en'));
    await slipReady(page, 2);
    await page
      .getByRole('button', { name: /^Remove: / })
      .first()
      .click();
    await expect.poll(() => page.locator('[data-slip-entry]').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => page.getByText('No entries selected yet.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await context.close();
  });

  it('reflows on a 360 px phone: one column per entry, the client’s language first and German under it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await openPicksForArabicClient(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const pick of picks) {
      const row = page.locator(`[data-slip-entry="${pick.id}"]`);
      const client = (await row.locator('[data-slip-column="client"]').boundingBox())!;
      const german = (await row.locator('[data-slip-column="de"]').boundingBox())!;
      expect(client.y + client.height).toBeLessThanOrEqual(german.y + 1);
      expect(client.x >= 0 && client.x + client.width <= 360 && german.x >= 0 && german.x + german.width <= 360).toBe(true);
    }
    await context.close();
  });

  it('keeps the QR codes inside the page on a wide screen', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openPicksForArabicClient(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const main = (await page.locator('main').boundingBox())!;
    for (const box of await page.locator('.slip-qr').all()) {
      const qr = (await box.boundingBox())!;
      expect(qr.x + qr.width).toBeLessThanOrEqual(main.x + main.width);
    }
    await context.close();
  });

  it('says which entries have no text in the client’s language, on screen and on the slip', async () => {
    // The demo is translated throughout; the reader fixture keeps a provider without Arabic text.
    const fixture = await serveStatic(testBuilds.readerFixture);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fixture.url}${referralPath('de')}#ids=abh-fixture,beratung-fixture&lang=ar`);
    await slipReady(page, 2);
    await expect
      .poll(() => page.locator('[data-slip-missing]').innerText())
      .toMatch(/Ohne Text auf العربية.*Wohlfahrtsverband Musterstadt e\. V\./);
    expect(await page.locator('[data-slip-missing]').innerText()).not.toContain('Ausländerbehörde');
    expect(await page.locator('[data-slip-entry="beratung-fixture"] [data-slip-column="client"] .slip-missing').innerText()).toBe(
      'هذا المدخل غير متوفر بلغتك بعد. يظهر هنا بالألمانية.',
    );
    expect(await page.locator('[data-slip-entry="abh-fixture"] .slip-missing').count()).toBe(0);
    await context.close();
    await fixture.close();
  });

  it('shows the share link as a large QR code for the client’s own phone, made in the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const { page, record } = await recordedPage(context);
    await openPicksForArabicClient(page);
    await page.getByRole('button', { name: 'Zum Scannen zeigen' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('svg').count()).toBe(1);
    const link = `${site.url}${referralPath('ar')}#ids=${picks.map((pick) => pick.id).join(',')}&lang=ar`;
    expect(await dialog.locator('[role="img"]').getAttribute('aria-label')).toBe(link);
    // The code is the share link's: the same modules as the qrcode package draws for it.
    const expected = await QRCode.toString(link, { type: 'svg', margin: 0, errorCorrectionLevel: 'L' });
    const drawn = await dialog.locator('[role="img"] svg path').evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
    expect(drawn).toEqual([...expected.matchAll(/ d="([^"]+)"/g)].map((match) => match[1]));
    const size = (await dialog.locator('svg').boundingBox())!;
    expect(size.width).toBeGreaterThan(250);
    expect(await dialog.getByRole('heading').innerText()).toBe('احصل على هذه القائمة على هاتفك');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(record.requests.every((url) => url.startsWith(site.url))).toBe(true);
    await context.close();
  });

  it('prints the handover note typed on the slip and never stores, links or sends it', async () => {
    const context = await site.browser.newContext();
    const { page, record } = await recordedPage(context);
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || (request.postData() ?? '') !== '') posted.push(request.url());
    });
    await page.goto(slipUrl('de', ['mbe-awo'], 'ar'));
    await slipReady(page, 1);
    await expect
      .poll(() => page.getByText('nicht gespeichert, nicht in den Link übernommen und nirgendwohin gesendet').isVisible())
      .toBe(false);
    await page.locator('summary', { hasText: 'Übergabenotiz (freiwillig)' }).click();
    await expect
      .poll(() => page.getByText(/nicht gespeichert, nicht in den Link übernommen und nirgendwohin gesendet/).isVisible())
      .toBe(true);
    const concern = 'Hilfe beim Antrag auf Familiennachzug';
    await page.getByLabel('Anliegen').fill(concern);
    await page.getByLabel('Datum').fill('2026-11-23');
    await page.getByLabel('Verweisende Stelle').fill('Ausländerbehörde, Team 2');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('[data-slip-note]').isVisible()).toBe(true);
    const file = join(tmpdir(), `lotse-slip-note-${process.pid}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const printed = squash(pdfText(file));
    expect(printed).toContain(squash(`Anliegen: ${concern}`));
    expect(printed).toContain(squash('Datum: 23.11.2026'));
    expect(printed).toContain(squash('Verweisende Stelle: Ausländerbehörde, Team 2'));
    expect(printed).toContain(squash('Die ratsuchende Person ist einverstanden'));
    await page.emulateMedia({ media: 'screen' });

    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(storage).not.toContain('Familiennachzug');
    expect(storage).not.toContain('Team 2');
    expect(page.url()).not.toContain('Familiennachzug');
    expect(await page.locator('input[name="share"]').inputValue()).not.toMatch(/Familiennachzug|Team|2026-11-23/);
    expect(record.requests.some((url) => /Familiennachzug|Team%202|Team 2/.test(decodeURIComponent(url)))).toBe(false);
    expect(posted).toEqual([]);

    // Gone after leaving the page.
    await page.goto(`${site.url}/de/`);
    await page.goto(slipUrl('de', ['mbe-awo'], 'ar'));
    await slipReady(page, 1);
    expect(await page.getByLabel('Anliegen').inputValue()).toBe('');
    await context.close();
  });

  it('adds a search result to the slip from the search page, the button naming its entry', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/de/search/?q=migrationsberatung`);
    const firstHit = page.locator('[data-results] .search-hit', { has: page.locator('lotse-referral-toggle') }).first();
    await expect.poll(() => firstHit.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' }).count()).toBe(1);
    const title = await firstHit.locator('.search-hit__title').innerText();
    const toggle = firstHit.getByRole('button', { name: 'Zum Verweiszettel hinzufügen' });
    // The same label on every result; the description tells a screen reader which entry it adds.
    expect(await toggle.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      title,
    );
    await toggle.click();
    await expect.poll(() => firstHit.getByRole('button', { name: 'Hinzugefügt – entfernen' }).count()).toBe(1);
    const id = await firstHit.locator('lotse-referral-toggle').getAttribute('data-entry');
    await page.locator('.site-header .referral-basket__link').click();
    await slipReady(page, 1);
    expect(await page.locator('[data-slip-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-slip-entry')))).toEqual([
      id,
    ]);
    await context.close();
  });
});

describe('the referral slip of the demo site on paper', () => {
  it('prints three typical entries on one A4 page in every client language, both languages side by side', async () => {
    // A counselling service with two places, a responsibility with a long Mitbringliste, an office with two places.
    const typical = ['mbe-awo', 'aufenthaltstitel-verlaengern', 'jobcenter-musterstadt'];
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const pages: Record<string, number> = {};
    for (const lang of ['ar', 'fa', 'uk', 'ru', 'tr', 'en']) {
      await page.goto(`${site.url}${referralPath('de')}#ids=${typical.join(',')}&lang=${lang}`);
      await expect.poll(() => page.locator(`[data-slip-column="client"][lang="${lang}"]`).count()).toBe(3);
      await slipReady(page, 3);
      await page.emulateMedia({ media: 'print' });
      const file = join(tmpdir(), `lotse-slip-${lang}-${process.pid}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      // pdftotext ends every page with a form feed.
      pages[lang] = pdfText(file).split('\f').length - 1;
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
    expect(pages).toEqual({ ar: 1, fa: 1, uk: 1, ru: 1, tr: 1, en: 1 });
  });
});
