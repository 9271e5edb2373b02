import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';

describe('languages, direction and translation status', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  const open = async (path: string, options: { javaScriptEnabled?: boolean } = {}) => {
    const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin', ...options });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    return { page, close: () => context.close() };
  };

  it('renders Arabic and Persian pages right to left and the others left to right', async () => {
    const { page, close } = await open('/de/');
    for (const [locale, dir] of [
      ['ar', 'rtl'],
      ['fa', 'rtl'],
      ['de', 'ltr'],
      ['en', 'ltr'],
      ['tr', 'ltr'],
      ['uk', 'ltr'],
      ['ru', 'ltr'],
    ] as const) {
      for (const path of [`/${locale}/`, `/${locale}/organisations/abh-fixture/`, `/${locale}/journeys/journey-fixture/`]) {
        await page.goto(`${site.url}${path}`);
        expect(await page.locator('html').getAttribute('dir'), path).toBe(dir);
        expect(await page.locator('html').getAttribute('lang'), path).toBe(locale);
      }
    }
    await close();
  });

  it('lays Arabic pages out from the right: the site name sits at the right edge', async () => {
    const { page, close } = await open('/ar/');
    const box = await page.locator('.site-header__name').boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x + box.width).toBeGreaterThan(width * 0.7);
    await close();
  });

  it('keeps the visitor on the same entry when switching language', async () => {
    const { page, close } = await open('/de/responsibilities/aufenthalt-verlaengern-fixture/');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/\/ar\/responsibilities\/aufenthalt-verlaengern-fixture\/$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('تمديد تصريح الإقامة');
    await page.locator('.language-switcher summary').click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/responsibilities\/aufenthalt-verlaengern-fixture\/$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Extend a residence permit');
    await close();
  });

  it('shows the German text with a notice and lang="de" when a translation is missing', async () => {
    const { page, close } = await open('/tr/organisations/abh-fixture/');
    const title = page.locator('h1');
    expect(await title.textContent()).toBe('Ausländerbehörde Musterstadt');
    expect(await title.getAttribute('lang')).toBe('de');
    const notice = page.locator('.translation-notice');
    expect(await notice.textContent()).toContain('Bu metin henüz Türkçe olarak mevcut değil');
    expect(await notice.getAttribute('data-translation-state')).toBe('missing');
    expect(await notice.locator('a[hreflang="de"]').getAttribute('href')).toBe('/de/organisations/abh-fixture/');
    // The German fallback inside a right-to-left page reads left to right.
    await close();
    const arabic = await open('/ar/journeys/journey-fixture/');
    expect(await arabic.page.locator('h1').getAttribute('lang')).toBe('de');
    expect(await arabic.page.locator('h1').getAttribute('dir')).toBe('ltr');
    expect(await arabic.page.locator('.prose[lang="de"][dir="ltr"]').count()).toBe(1);
    await arabic.close();
  });

  it('explains that the Leichte Sprache pages are German by nature instead of calling them untranslated', async () => {
    const { page, close } = await open('/en/pages/leichte-sprache-fixture/');
    const notice = page.locator('.translation-notice');
    expect(await notice.textContent()).toContain('so these pages exist in German only');
    expect(await notice.textContent()).not.toContain('not available in English yet');
    expect(await page.locator('h1').getAttribute('lang')).toBe('de');
    await close();
  });

  it('marks an outdated translation on the entry page and on its card in lists', async () => {
    const { page, close } = await open('/fa/organisations/abh-fixture/');
    expect(await page.locator('h1').textContent()).toBe('ادارهٔ اتباع خارجی موسترشتات');
    const notice = page.locator('.translation-notice');
    expect(await notice.getAttribute('data-translation-state')).toBe('outdated');
    expect(await notice.textContent()).toContain('ممکن است قدیمی باشد');
    await close();
    const list = await open('/fa/organisations/');
    const card = list.page.locator('.card', { hasText: 'ادارهٔ اتباع خارجی موسترشتات' });
    expect(await card.locator('.badge--outdated').count()).toBe(1);
    await list.close();
  });

  it('marks German text on cards of translated lists', async () => {
    const { page, close } = await open('/uk/a-z/');
    const card = page.locator('.card', { hasText: 'Jugendmigrationsdienst' });
    expect(await card.locator('.badge--language').textContent()).toBe('лише німецькою');
    expect(await card.locator('.card__title span').getAttribute('lang')).toBe('de');
    await close();
  });

  it('says on translated legal text that only the German text is binding, with a link to it', async () => {
    const { page, close } = await open('/ar/responsibilities/aufenthalt-verlaengern-fixture/');
    const notice = page.locator('.translation-notice');
    expect(await notice.textContent()).toContain('النص الألماني وحده هو الملزم قانونيًا');
    expect(await notice.getAttribute('data-translation-state')).toBe('current');
    expect(await notice.locator('a').getAttribute('href')).toBe('/de/responsibilities/aufenthalt-verlaengern-fixture/');
    await close();
    const german = await open('/de/responsibilities/aufenthalt-verlaengern-fixture/');
    expect(await german.page.locator('.translation-notice').count()).toBe(0);
    await german.close();
  });

  it('writes hreflang alternates for all seven languages and a canonical URL', () => {
    const html = readFileSync(join(testBuilds.readerFixture, 'uk/services/mbe-fixture/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://lotse.fixture.example.org/uk/services/mbe-fixture/">');
    for (const locale of ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru']) {
      expect(html).toContain(
        `<link rel="alternate" hreflang="${locale}" href="https://lotse.fixture.example.org/${locale}/services/mbe-fixture/">`,
      );
    }
    expect(html).toContain('hreflang="x-default" href="https://lotse.fixture.example.org/de/services/mbe-fixture/"');
  });

  it('names weekdays, dates and numbers the way each language does', async () => {
    const expectations: [string, string, string][] = [
      ['de', 'Montag', 'Stand: 1. September 2026'],
      ['en', 'Monday', 'Last checked: 1 September 2026'],
      ['uk', 'понеділок', 'Станом на: 1 вересня 2026'],
      [
        'ar',
        new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1))),
        new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 8, 1))),
      ],
    ];
    for (const [locale, monday, stand] of expectations) {
      const { page, close } = await open(`/${locale}/organisations/abh-fixture/`, { javaScriptEnabled: false });
      expect(await page.locator('#hours-servicestelle tbody th').first().textContent()).toBe(monday);
      expect(await page.locator('.entry__meta').textContent()).toContain(stand);
      await close();
    }
    const persian = await open('/fa/services/jmd-fixture/');
    expect(await persian.page.locator('.facts').first().textContent()).toContain('۱۲ تا ۲۷ سال');
    await persian.close();
  });
});
