import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from './reader/support.ts';
import { searchBuild } from '../support/search-build.ts';
import { axeViolations } from '../support/axe.ts';

/** Polls wait for the search index or the island on a busy machine. */
const patient = { timeout: 10_000 };

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(searchBuild);
});
afterAll(() => site.close());

async function openPage(instant: Date, width = 1280, height = 800): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.clock.setFixedTime(instant);
  return page;
}

/** The result card of one entry on the search page. */
const card = (page: Page, id: string) => page.locator(`[data-results] li[data-entry="${id}"]`);

describe('search result cards answer at a glance', () => {
  it('show kind, one summary line, free of charge, ages, languages spoken and the open status', async () => {
    const page = await openPage(new Date('2026-11-23T09:00:00+01:00'));
    await page.goto(`${site.url}/de/search/?q=migrationsberatung`);
    const mbe = card(page, 'mbe-awo');
    await expect.poll(() => mbe.count(), patient).toBe(1);
    expect(await mbe.locator('.search-hit__kind').textContent()).toBe('Beratungsangebot');
    expect(await mbe.locator('.search-hit__summary').textContent()).toMatch(/^Kostenlose Beratung für Zugewanderte ab 27 Jahren/);
    expect(await mbe.locator('.search-hit__cost').textContent()).toBe('Kostenlos');
    expect(await mbe.locator('.search-hit__ages').textContent()).toBe('ab 27 Jahren');
    expect(await mbe.locator('.search-hit__languages').textContent()).toMatch(/^Sprachen: Deutsch, Englisch, Arabisch/);
    expect(await mbe.locator('.search-hit__open').textContent()).toMatch(/^Jetzt geöffnet – bis \d\d:\d\d Uhr$/);
    // A small, labelled toggle on an entry one can refer a client to.
    const toggle = mbe.locator('lotse-referral-toggle button');
    await expect.poll(() => toggle.isVisible(), patient).toBe(true);
    expect(await toggle.textContent()).toBe('Zum Verweiszettel hinzufügen');
    const heights = await mbe.evaluate((item) => ({
      toggle: item.querySelector('lotse-referral-toggle button')!.getBoundingClientRect().height,
      title: item.querySelector('.search-hit__title')!.getBoundingClientRect().height,
    }));
    expect(heights.toggle).toBeLessThanOrEqual(40);
    expect(heights.toggle).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('put no referral toggle on entries nobody is sent to (a network, a journey)', async () => {
    const page = await openPage(new Date('2026-11-23T09:00:00+01:00'));
    await page.goto(`${site.url}/de/search/?kind=networks&kind=journeys`);
    await expect.poll(() => page.locator('[data-results] li').count(), patient).toBeGreaterThan(0);
    expect(await page.locator('[data-results] lotse-referral-toggle').count()).toBe(0);
    await page.context().close();
  });

  it('say what the entry page says about an appointment-only office: the next slot, not "closed"', async () => {
    const evening = new Date('2026-11-23T18:30:00+01:00');
    const page = await openPage(evening);
    await page.goto(`${site.url}/de/search/?q=ausl%C3%A4nderbeh%C3%B6rde`);
    const abh = card(page, 'auslaenderbehoerde-musterstadt').locator('.search-hit__open');
    await expect.poll(() => abh.textContent(), patient).toMatch(/^Nur mit Termin – nächste Termine morgen ab 07:30 Uhr$/);
    const onCard = await abh.textContent();

    const entry = await openPage(evening);
    await entry.goto(`${site.url}/de/organisations/auslaenderbehoerde-musterstadt/`);
    await expect.poll(() => entry.locator('.glance .open-status__text').textContent(), patient).toBe(onCard);
    await entry.context().close();

    // The header's result list tells it in the same words.
    await page.goto(`${site.url}/de/`);
    await page.locator('#site-search-q').fill('Ausländerbehörde');
    await expect
      .poll(
        () => page.locator('#site-search-panel li[data-entry="auslaenderbehoerde-musterstadt"] .search-hit__open').textContent(),
        patient,
      )
      .toBe(onCard);
    await page.context().close();
  });

  it('filter by "free of charge"', async () => {
    const page = await openPage(new Date('2026-11-23T09:00:00+01:00'));
    await page.goto(`${site.url}/de/search/?q=beratung`);
    await expect.poll(() => card(page, 'mieterberatung').count(), patient).toBe(1);
    await page.locator('details[data-filters] summary').click();
    await page.getByRole('checkbox', { name: /^Nur kostenlose Angebote/ }).check();
    await page.waitForURL(/free=1/);
    await expect.poll(() => card(page, 'mieterberatung').count(), patient).toBe(0);
    expect(await card(page, 'mbe-awo').count()).toBe(1);
    const costs = await page.locator('[data-results] .search-hit__cost').allTextContents();
    expect(new Set(costs)).toEqual(new Set(['Kostenlos']));
    await page.context().close();
  });

  it('has one search field on the search page, and the filter boxes do not overlap on a wide screen', async () => {
    const page = await openPage(new Date('2026-11-23T09:00:00+01:00'));
    await page.goto(`${site.url}/de/search/?q=beratung`);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.locator('details[data-filters] summary').click();
    const overlaps = await page.locator('.search-page__facets fieldset').evaluateAll((boxes) => {
      const rects = boxes.map((box) => box.getBoundingClientRect());
      const found: string[] = [];
      rects.forEach((a, i) =>
        rects.forEach((b, j) => {
          if (j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            found.push(`${i}/${j}`);
        }),
      );
      const spilling = boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length;
      return { found, spilling };
    });
    expect(overlaps).toEqual({ found: [], spilling: 0 });
    await page.context().close();
  });

  it('keep the room of the result list from the start, so the page below does not jump', async () => {
    const page = await openPage(new Date('2026-11-23T09:00:00+01:00'), 360, 780);
    await page.goto(`${site.url}/de/search/?q=beratung`);
    const before = await page.locator('.search-page__alternatives').evaluate((list) => list.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(780);
    await expect.poll(() => page.locator('[data-results] li').count(), patient).toBeGreaterThan(0);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.1);
    await page.context().close();
  });

  for (const locale of ['de', 'ar']) {
    it(`has no axe violations with result cards shown (${locale})`, async () => {
      const page = await openPage(new Date('2026-11-23T09:00:00+01:00'));
      await page.goto(`${site.url}/${locale}/search/?q=beratung&free=1`);
      await expect.poll(() => page.locator('[data-results] li').count(), patient).toBeGreaterThan(0);
      await page.locator('details[data-filters] summary').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
