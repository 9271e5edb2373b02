import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { basketFragment } from '#src/lib/referral/basket.ts';
import { collectionNames } from '#src/schema/index.ts';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';
import { axeViolations } from '../../support/axe.ts';

/**
 * "German only" is said wherever an entry's text falls back, and "machine-translated" where a
 * translation is unchecked, in every list that shows entries. The reader fixture has the cases:
 * in Arabic, abh-fixture is translated by a person, aufenthalt-verlaengern-fixture by machine,
 * every other entry has no Arabic text.
 */
const germanOnly = dictionaries.ar['card.inGerman'] as string;
const machine = dictionaries.ar['card.machine'] as string;

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite(testBuilds.readerFixture);
});
afterAll(() => site.close());

async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return { page, close: () => context.close() };
}

/** What one listed entry says: is its title German, which marks stand next to it. */
async function describeItem(item: Locator, title: Locator) {
  // As a reader scrolls to it: a long page lays out only what is in view (content-visibility),
  // and text that is not laid out has no rendered text to read.
  await item.scrollIntoViewIfNeeded();
  const german = title.locator('xpath=descendant-or-self::*[@lang="de"]').first();
  const isGerman = (await german.count()) > 0;
  return {
    title: (await title.innerText()).trim(),
    germanTitle: isGerman,
    leftToRight: isGerman ? await german.getAttribute('dir') : null,
    marks: await item.locator('[data-translation-mark]').allInnerTexts(),
  };
}

/** Every listed entry: a German title comes with "German only" and reads left to right, a translated one without. */
async function expectMarked(items: Locator, titleOf: (item: Locator) => Locator): Promise<number> {
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  let german = 0;
  for (let index = 0; index < count; index++) {
    const item = items.nth(index);
    const seen = await describeItem(item, titleOf(item));
    if (seen.germanTitle) german++;
    expect(seen.marks.includes(germanOnly), `${seen.title}: ${seen.marks.join(', ')}`).toBe(seen.germanTitle);
    if (seen.germanTitle) expect(seen.leftToRight, seen.title).toBe('ltr');
  }
  return german;
}

describe('"German only" and "machine-translated" next to entries on Arabic pages', () => {
  it('on cards: German ones say so, the machine translation says so, the checked translation says nothing', async () => {
    const { page, close } = await open('/ar/a-z/');
    expect(await expectMarked(page.locator('.card'), (card) => card.locator('.card__title'))).toBeGreaterThan(5);
    const marksOf = (id: string) => page.locator(`.card:has(a[href$="/${id}/"]) [data-translation-mark]`).allInnerTexts();
    expect(await marksOf('aufenthalt-verlaengern-fixture')).toEqual([machine]);
    expect(await marksOf('abh-fixture')).toEqual([]);
    await close();
  });

  it('in the map list, the papers, the printed brochure and the counselling comparison', async () => {
    const lists: [string, string, (item: Locator) => Locator][] = [
      ['/ar/map/', '[data-list] > li', (item) => item.locator('a').first()],
      ['/ar/papers/responsibilities/', 'article.paper-entry', (item) => item.locator('h3, h4').first()],
      ['/ar/papers/associations/print/', 'article.paper-entry', (item) => item.locator('h3, h4').first()],
      ['/ar/brochure/print/', 'article.brochure-entry', (item) => item.locator('h3')],
      ['/ar/counselling/', 'tr.comparison__row', (item) => item.locator('.comparison__name')],
    ];
    for (const [path, items, title] of lists) {
      const { page, close } = await open(path);
      const shown = page.locator(`${items}:not([hidden])`);
      expect(await expectMarked(shown, title), path).toBeGreaterThan(0);
      await close();
    }
  });

  it('in the finder: the office and the fitting services', async () => {
    const { page, close } = await open('/ar/finder/aufenthalt-verlaengern-fixture/');
    // Every situation of the overview open, as a reader opens the one that fits.
    await page
      .locator('.finder-overview details')
      .evaluateAll((groups) => groups.forEach((group) => ((group as HTMLDetailsElement).open = true)));
    const overview = page.locator('.finder-overview li:has(a)');
    expect(await expectMarked(overview, (item) => item.locator('a').first())).toBeGreaterThan(0);
    // The outcome template holds the same links for the island.
    const template = await page.locator('template[data-outcome-template]').evaluate((node) => (node as HTMLTemplateElement).innerHTML);
    expect(template).toContain('data-translation-mark="german-only"');
    await close();
  });

  it('in the search results, rendered in the browser', async () => {
    const kinds = collectionNames.map((kind) => `kind=${kind}`).join('&');
    const { page, close } = await open(`/ar/search/?${kinds}`);
    const hits = page.locator('[data-results] > li');
    await expect.poll(() => hits.count(), { timeout: 20_000 }).toBeGreaterThan(5);
    expect(await expectMarked(hits, (hit) => hit.locator('.search-hit__title'))).toBeGreaterThan(5);
    await expect
      .poll(() => page.locator('[data-entry="aufenthalt-verlaengern-fixture"] [data-translation-mark]').allInnerTexts())
      .toEqual([machine]);
    await close();
  });

  it("in the referral slip's client column, not in the German one", async () => {
    const ids = ['abh-fixture', 'aufenthalt-verlaengern-fixture', 'mbe-fixture'];
    const { page, close } = await open(`/ar/referral/${basketFragment({ ids, lang: 'ar' })}`);
    await expect.poll(() => page.locator('[data-slip-entry]').count(), { timeout: 20_000 }).toBe(3);
    const marksOf = (id: string, column: string) =>
      page.locator(`[data-slip-entry="${id}"] [data-slip-column="${column}"] [data-translation-mark]`).allInnerTexts();
    expect(await marksOf('mbe-fixture', 'client')).toEqual([germanOnly]);
    expect(await page.locator('[data-slip-entry="mbe-fixture"] [data-slip-column="client"] h3').getAttribute('lang')).toBe('de');
    expect(await marksOf('aufenthalt-verlaengern-fixture', 'client')).toEqual([machine]);
    expect(await marksOf('abh-fixture', 'client')).toEqual([]);
    for (const id of ids) expect(await marksOf(id, 'de')).toEqual([]);
    await close();
  });
});

describe('accessibility of the lists with marks (axe-core, WCAG 2.1 AA)', () => {
  const ids = ['abh-fixture', 'aufenthalt-verlaengern-fixture', 'mbe-fixture'];
  for (const locale of ['de', 'ar'] as const) {
    it(`finds no violations in ${locale}`, async () => {
      const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      const problems: string[] = [];
      const kinds = collectionNames.map((kind) => `kind=${kind}`).join('&');
      const ready: [string, string][] = [
        [`/${locale}/map/`, '[data-list] > li'],
        [`/${locale}/finder/aufenthalt-verlaengern-fixture/`, '.finder-overview'],
        [`/${locale}/papers/responsibilities/`, 'article.paper-entry'],
        [`/${locale}/brochure/print/`, 'article.brochure-entry'],
        [`/${locale}/search/?${kinds}`, '[data-results] > li'],
        [`/${locale}/referral/${basketFragment({ ids, lang: 'ar' })}`, '[data-slip-entry] .slip-qr svg'],
      ];
      for (const [path, selector] of ready) {
        await page.goto(`${site.url}${path}`);
        await page.locator(selector).first().waitFor({ timeout: 20_000 });
        for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
