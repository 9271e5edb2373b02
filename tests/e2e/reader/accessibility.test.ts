import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { templateSample } from '../../support/page-templates.ts';
import { openSite, samplePaths, sitemapPaths, type SiteUnderTest } from './support.ts';
import { axeViolations } from '../../support/axe.ts';

/**
 * One page per template of the reader's site (every route file, and every collection of the
 * entry pages), from the fixture, which has every collection; plus pages of one template whose
 * content differs in what it shows (the Leichte Sprache pages list each other).
 */
const fixtureTemplates = templateSample(sitemapPaths(testBuilds.readerFixture), 0).templates;
const templatesIn = (locale: string) => [
  ...new Set([
    ...fixtureTemplates.filter((path) => path.startsWith(`/${locale}/`)),
    `/${locale}/pages/impressum-fixture/`,
    `/${locale}/pages/leichte-sprache-fixture/`,
  ]),
];

describe('accessibility of every page template (axe-core, WCAG 2.1 AA)', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  // Dark mode changes colours only (tokens), so a few templates cover its contrast.
  const darkTemplates = [
    '/',
    'organisations/abh-fixture/',
    'journeys/journey-fixture/',
    'counselling/',
    'responsibilities/aufenthalt-verlaengern-fixture/',
    'a-z/',
  ];
  // German for left to right, Arabic for right to left: the templates are the same in every
  // language (the smoke test loads each in every language), only direction and texts differ.
  for (const [locale, scheme] of [
    ['de', 'light'],
    ['ar', 'light'],
    ['de', 'dark'],
    ['ar', 'dark'],
  ] as const) {
    it(
      `finds no violations on ${scheme === 'light' ? 'any template' : 'the main templates'} in ${locale} (${scheme} mode)`,
      { timeout: 300_000 },
      async () => {
        const context = await site.browser.newContext({ colorScheme: scheme, timezoneId: 'Europe/Berlin' });
        const page = await context.newPage();
        const problems: string[] = [];
        const paths =
          scheme === 'light'
            ? templatesIn(locale)
            : darkTemplates.map((template) => (template === '/' ? `/${locale}/` : `/${locale}/${template}`));
        expect(paths.length).toBeGreaterThan(scheme === 'light' ? 20 : 5);
        for (const path of paths) {
          await page.goto(`${site.url}${path}`);
          for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      },
    );
  }

  it('finds no violations on the language choice at the root of the site', async () => {
    // A browser language the site does not offer keeps the visitor on the choice.
    const context = await site.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the demo site', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
  });
  afterAll(() => site.close());

  it('finds no violations on a sample of 7 sitemap pages, one in each language', { timeout: 300_000 }, async () => {
    const paths = samplePaths(sitemapPaths(testBuilds.public), 7);
    expect(paths.length).toBe(7);
    expect(new Set(paths.map((path) => path.split('/')[1])).size).toBe(7);
    const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it(
    'finds no violations on the required pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache) in de and ar',
    { timeout: 300_000 },
    async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      // Left to right and right to left, as for the templates above.
      for (const locale of ['de', 'ar']) {
        for (const id of ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'leichte-sprache-aufenthaltstitel']) {
          const path = `/${locale}/pages/${id}/`;
          const response = await page.goto(`${site.url}${path}`);
          expect(response?.status(), path).toBe(200);
          for (const violation of await axeViolations(page)) problems.push(`${path}: ${violation}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('keyboard-only use', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  /** Press Tab until `done` says so or `limit` presses; returns what got focus, in order. */
  async function tabThrough(page: import('playwright-core').Page, limit: number) {
    const seen: { tag: string; text: string; visibleOutline: boolean; inViewport: boolean }[] = [];
    for (let press = 0; press < limit; press++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return { tag: 'body', text: '', visibleOutline: false, inViewport: false };
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            tag: element.tagName.toLowerCase(),
            text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40),
            visibleOutline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
          };
        }),
      );
    }
    return seen;
  }

  it('reaches the skip link first, then the search and the content, with a visible focus ring on each stop (home page)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/de/`);
    const stops = await tabThrough(page, 12);
    expect(stops[0]?.text).toBe('Zum Inhalt springen');
    expect(stops.some((stop) => stop.tag === 'input')).toBe(true);
    expect(stops.filter((stop) => stop.tag !== 'body').every((stop) => stop.visibleOutline && stop.inViewport)).toBe(true);
    // The skip link moves focus to the main content.
    await page.keyboard.press('Shift+Tab');
    await page.goto(`${site.url}/de/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('searches from the home page with the keyboard alone', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/de/`);
    for (let press = 0; press < 10 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'INPUT'; press++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('Deutschkurs');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/de\/search\/\?q=Deutschkurs/);
    await context.close();
  });

  it('opens the language menu and switches language with the keyboard alone (entry page)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/de/organisations/abh-fixture/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // language menu
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    let focusedHref = '';
    for (let press = 0; press < 8 && !focusedHref.startsWith('/ar/'); press++) {
      await page.keyboard.press('Tab');
      focusedHref = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/organisations\/abh-fixture\/$/);
    await context.close();
  });

  it('walks an entry page by keyboard: every link and button is reachable, visible and focus-ringed', async () => {
    const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${site.url}/de/organisations/abh-fixture/`);
    const focusable = await page.locator('main a[href], main button, main [tabindex="0"]').count();
    const stops = await tabThrough(page, focusable + 12);
    const inMain = stops.filter((stop) => stop.tag !== 'body');
    expect(inMain.length).toBeGreaterThanOrEqual(focusable);
    expect(inMain.every((stop) => stop.visibleOutline && stop.inViewport)).toBe(true);
    const texts = inMain.map((stop) => stop.text);
    expect(texts).toContain('Auf der Karte zeigen');
    expect(texts).toContain('Fehler melden');
    await context.close();
  });
});
