import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from './reader/support.ts';
import { axeViolations } from '../support/axe.ts';
import { pdfText } from '../support/pdf-text.ts';
import { searchBuild } from '../support/search-build.ts';

/** Polls wait for the search index or the island on a busy machine. */
const patient = { timeout: 10_000 };

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(searchBuild);
});
afterAll(() => site.close());

/** A Monday morning in Musterstadt, inside the days the test build knows. */
const monday = new Date('2026-11-23T09:00:00+01:00');

async function openPage(width: number, height: number): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.clock.setFixedTime(monday);
  return page;
}

/** Ids of the offers in the group of those that fit, in order. */
const fitting = (page: Page) =>
  page.locator('tbody[data-group="fit"] tr[data-offer]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-offer')));
/** Reasons of one offer as shown, e.g. "ab 27 Jahren ✓". */
const reasonsOf = (page: Page, id: string) =>
  page
    .locator(`tr[data-offer="${id}"] [data-reasons] li`)
    .evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/^[^:]*: /, '').trim()));

describe('the counselling comparison as a referral tool', () => {
  it('puts the offers that fit a situation first with their reasons, writes the situation into the address and keeps it on reload', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${site.url}/de/counselling/`);
    await page.getByLabel('Alter der Person (Jahre)').fill('30');
    await page.getByLabel('Gesprochene Sprache').selectOption('ar');
    await page.getByLabel('Stadtteil').selectOption('westend');
    await expect.poll(() => new URL(page.url()).search, patient).toBe('?lang=ar&district=westend&age=30');

    await expect.poll(async () => (await fitting(page))[0], patient).toBe('mbe-awo');
    expect(await reasonsOf(page, 'mbe-awo')).toEqual(['ab 27 Jahren ✓', 'berät auf Arabisch ✓', 'für Westend ✓']);
    // The youth migration service follows, saying why not.
    await expect.poll(() => page.locator('tbody[data-group="rest"] tr[data-offer="jmd-ib"]').count(), patient).toBe(1);
    expect(await reasonsOf(page, 'jmd-ib')).toContain('12 bis 26 Jahre ✗');
    expect(await page.getByRole('rowgroup').filter({ hasText: 'warum sie nicht passen' }).count()).toBe(1);
    const order = await fitting(page);

    await page.reload();
    await expect.poll(() => page.getByLabel('Gesprochene Sprache').inputValue(), patient).toBe('ar');
    expect(await page.getByLabel('Alter der Person (Jahre)').inputValue()).toBe('30');
    expect(await page.getByLabel('Stadtteil').inputValue()).toBe('westend');
    await expect.poll(() => fitting(page), patient).toEqual(order);
    await page.context().close();
  });

  it('takes a situation from a link (the finder’s "I need counselling") and says when a service turns nobody away', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${site.url}/de/counselling/?age=22&lang=ar`);
    await expect.poll(async () => (await fitting(page)).includes('jmd-ib'), patient).toBe(true);
    expect(await fitting(page)).not.toContain('mbe-awo');
    // The MBE is for 27 and older, but turns nobody away: the counsellor may still send the person.
    await expect.poll(() => page.locator('tr[data-offer="mbe-awo"] [data-nobody-away-note]').isVisible(), patient).toBe(true);
    await page.context().close();
  });

  it('is reached from the home page in one tap and changes the list without a submit tap', async () => {
    const page = await openPage(360, 780);
    await page.goto(`${site.url}/de/`);
    await Promise.all([page.waitForURL(/\/de\/counselling\/$/), page.getByRole('link', { name: 'Beratung finden' }).click()]);
    expect(await page.locator('[data-apply]').isVisible()).toBe(false);
    await page.getByLabel('Gesprochene Sprache').selectOption('ar');
    await expect.poll(() => page.locator('[data-status]').textContent(), patient).toMatch(/von 18 Angeboten passen/);
    await page.context().close();
  });

  for (const locale of ['de', 'ar', 'uk']) {
    it(`shows one card per offer on a 360 px phone without sideways scrolling (${locale})`, async () => {
      const page = await openPage(360, 780);
      await page.goto(`${site.url}/${locale}/counselling/?age=30&lang=ar&district=westend`);
      await expect.poll(async () => (await fitting(page)).length, patient).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // A card: the cells stack inside the row, each as wide as the card; no column headings on show.
      const card = await page
        .locator('tr[data-offer]')
        .first()
        .evaluate((row) => {
          const box = row.getBoundingClientRect();
          const cells = [...row.querySelectorAll(':scope > th, :scope > td')].map((cell) => cell.getBoundingClientRect());
          return {
            width: box.width,
            narrowest: Math.min(...cells.map((cell) => cell.width)),
            stacked: cells.every((cell, i) => i === 0 || cell.top >= cells[i - 1]!.bottom - 1),
          };
        });
      expect(card.stacked).toBe(true);
      expect(card.narrowest).toBeGreaterThan(card.width * 0.8);
      // Column headings are there for screen readers only.
      expect(await page.locator('thead').evaluate((head) => head.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
      // The referral toggle is on the card.
      await expect
        .poll(() => page.locator('tr[data-offer]').first().locator('lotse-referral-toggle button').isVisible(), patient)
        .toBe(true);
      await page.context().close();
    });
  }

  it('is a table on a 1280 px screen that uses the width and cuts no column off', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${site.url}/de/counselling/?age=30&lang=ar&district=westend`);
    await expect.poll(async () => (await fitting(page)).length, patient).toBeGreaterThan(0);
    const layout = await page.evaluate(() => {
      const table = document.querySelector('.comparison__table') as HTMLTableElement;
      const box = table.getBoundingClientRect();
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
      const clipped = [...table.querySelectorAll('tbody th, tbody td')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
        .map((cell) => (cell.textContent ?? '').slice(0, 30));
      return {
        display: getComputedStyle(table).display,
        width: box.width,
        right: box.right,
        headers: headers.length,
        headersInside: headers.every((header) => header.left >= box.left - 1 && header.right <= box.right + 1 && header.width > 60),
        clipped,
        scrollWidth: document.documentElement.scrollWidth,
      };
    });
    expect(layout.display).toBe('table');
    expect(layout.headers).toBe(7);
    expect(layout.headersInside).toBe(true);
    expect(layout.clipped).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(1280);
    // Wider than the reading measure of other pages (50 rem = 800 px): it uses the screen.
    expect(layout.width).toBeGreaterThan(1100);
    await page.context().close();
  });

  for (const locale of ['de', 'ar']) {
    it(`has no axe violations with a situation entered (${locale})`, async () => {
      const page = await openPage(1280, 800);
      await page.goto(`${site.url}/${locale}/counselling/?age=30&lang=ar&district=westend`);
      await expect.poll(async () => (await fitting(page)).length, patient).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the counsellor’s path on a phone', () => {
  it('goes from the home page to a printed slip for free migration counselling in Arabic for a 30-year-old in the Westend in five interactions', async () => {
    const page = await openPage(360, 780);
    // The print dialog of a headless browser does nothing: count the calls instead.
    await page.addInitScript(() => {
      const counted = window as unknown as { printCalls: number };
      counted.printCalls = 0;
      window.print = () => void (counted.printCalls += 1);
    });
    await page.goto(`${site.url}/de/`);
    // 1: the home page's quick link.
    await Promise.all([page.waitForURL(/\/de\/counselling\/$/), page.getByRole('link', { name: 'Beratung finden' }).click()]);
    // 2–4: the situation; each field applies at once.
    await page.getByLabel('Alter der Person (Jahre)').fill('30');
    await page.getByLabel('Gesprochene Sprache').selectOption('ar');
    await page.getByLabel('Stadtteil').selectOption('westend');
    await expect.poll(async () => (await fitting(page))[0], patient).toBe('mbe-awo');
    const first = page.locator('tbody[data-group="fit"] tr[data-offer]').first();
    expect(await first.locator('.chip--good').first().textContent()).toBe('Kostenlos');
    // 5: "print slip" on the first card: the slip opens in Arabic beside German and prints itself.
    await Promise.all([page.waitForURL(/\/de\/referral\//), first.getByRole('link', { name: 'Verweiszettel drucken' }).click()]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls), patient).toBe(1);
    expect(new URL(page.url()).hash).toBe('');
    const entry = page.locator('[data-slip-entry="mbe-awo"]');
    await expect.poll(() => entry.locator('[data-slip-column="client"]').getAttribute('lang'), patient).toBe('ar');
    expect(await entry.locator('[data-slip-column="de"] h3').innerText()).toContain('Migrationsberatung');
    expect(await entry.locator('.slip-qr svg').count()).toBe(1);

    // What the printer gets: one A4 page.
    await page.emulateMedia({ media: 'print' });
    const file = join(tmpdir(), `lotse-counsellor-slip-${process.pid}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    // pdftotext ends every page with a form feed.
    expect(pdfText(file).split('\f').length - 1).toBe(1);
    await page.context().close();
  });
});
