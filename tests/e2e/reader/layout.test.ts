import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { visitInTabs } from '../../support/browser.ts';
import { testBuilds } from '../../support/builds.ts';
import { openSite, samplePaths, sitemapPaths, type SiteUnderTest } from './support.ts';

// Islands load their data and libraries after the page: on a busy machine that takes seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

const locales = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'];
/** A tab here mostly waits for the network to go quiet, so more of them run at a time. */
const tabsWaitingForNetwork = 8;

/** Every page route file under src/pages ("[locale]/map.astro", …). */
function routeFiles(dir = 'src/pages'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? routeFiles(join(dir, entry.name))
      : entry.name.endsWith('.astro')
        ? [relative('src/pages', join(dir, entry.name)).split('\\').join('/')]
        : [],
  );
}

/**
 * A route file as a pattern of URL paths, with its rank among routes that match the same path
 * (as Astro ranks them: more fixed segments first, a rest parameter last).
 */
function routePattern(file: string): { file: string; pattern: RegExp; fixed: number; rest: boolean } {
  const segments = file
    .replace(/\.astro$/, '')
    .split('/')
    .filter((segment) => segment !== 'index');
  const source = segments
    .map((segment) => (segment.startsWith('[...') ? '.+' : segment.startsWith('[') ? '[^/]+' : segment.replace(/[.]/g, '\\.')))
    .join('/');
  return {
    file,
    pattern: new RegExp(`^/${source}${segments.length > 0 ? '/' : ''}$`),
    fixed: segments.filter((segment) => !segment.startsWith('[')).length,
    rest: segments.some((segment) => segment.startsWith('[...')),
  };
}

/**
 * One URL per route file and language, found in the built sitemaps: the route that serves a URL
 * is the best-ranked pattern matching it. Pages only the internal edition has (the editors' to-do
 * list) come from its sitemap.
 */
function oneUrlPerTemplate(): { template: string; locale: string; path: string; build: 'public' | 'internal' }[] {
  const routes = routeFiles()
    .filter((file) => file !== 'admin/index.astro' && file !== '404.astro')
    .map(routePattern);
  const chosen = new Map<string, { template: string; locale: string; path: string; build: 'public' | 'internal' }>();
  for (const build of ['public', 'internal'] as const) {
    for (const path of sitemapPaths(testBuilds[build]).sort()) {
      const route = routes
        .filter((candidate) => candidate.pattern.test(path))
        .sort((a, b) => b.fixed - a.fixed || Number(a.rest) - Number(b.rest))[0];
      const locale = path.split('/')[1] || 'root';
      if (route && !chosen.has(`${route.file}|${locale}`))
        chosen.set(`${route.file}|${locale}`, { template: route.file, locale, path, build });
    }
  }
  return [...chosen.values()];
}

describe('layout from 320 px wide', () => {
  let site: SiteUnderTest;
  let internal: SiteUnderTest;
  /** A phone-sized window on each build, kept for all languages: scripts and styles load once, as on a phone. */
  let phone: Record<'public' | 'internal', BrowserContext>;
  const phoneOptions = { viewport: { width: 320, height: 640 }, timezoneId: 'Europe/Berlin' };
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
    internal = await openSite(testBuilds.internal);
    phone = { public: await site.browser.newContext(phoneOptions), internal: await internal.browser.newContext(phoneOptions) };
  });
  afterAll(async () => {
    await site.close();
    await internal.close();
  });

  it('finds one URL for every page template in every language', () => {
    const pages = oneUrlPerTemplate();
    // The admin CMS is Decap's own screen; the 404 page has no language prefix (loaded below).
    for (const template of routeFiles().filter((file) => file.startsWith('[locale]/'))) {
      expect(
        locales.filter((locale) => !pages.some((page) => page.template === template && page.locale === locale)),
        template,
      ).toEqual(template === '[locale]/redaktion.astro' ? ['en', 'ar', 'fa', 'tr', 'uk', 'ru'] : []);
    }
  });

  for (const locale of [...locales, 'root']) {
    it(`never scrolls sideways at 320 px: every page template in ${locale === 'root' ? 'the language choice and the 404 page' : locale}`, async () => {
      const pages = oneUrlPerTemplate().filter((page) => page.locale === locale);
      if (locale === 'root') pages.push({ template: '404.astro', locale, path: '/de/no-such-page/', build: 'public' });
      const wide: string[] = [];
      for (const build of ['public', 'internal'] as const) {
        const served = build === 'public' ? site : internal;
        const paths = pages.filter((entry) => entry.build === build).map((entry) => entry.path);
        const found = await visitInTabs(
          phone[build],
          paths,
          async (page, path) => {
            await page.goto(`${served.url}${path}`);
            // Islands (map, search, slip) change the page after load: measure once it has settled.
            await page.waitForLoadState('networkidle');
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            return width > 320 ? [`${path}: ${width}px`] : [];
          },
          tabsWaitingForNetwork,
        );
        wide.push(...found.flat());
      }
      expect(pages.length).toBeGreaterThan(0);
      expect(wide).toEqual([]);
    });
  }

  it('keeps a sample of other pages within 320 px too (wide tables scroll inside their own box)', async () => {
    const paths = [
      '/de/organisations/auslaenderbehoerde-musterstadt/',
      '/ar/organisations/auslaenderbehoerde-musterstadt/',
      ...samplePaths(sitemapPaths(testBuilds.public), 21),
    ];
    const found = await visitInTabs(phone.public, paths, async (page, path) => {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      return width > 320 ? [`${path}: ${width}px`] : [];
    });
    expect(found.flat()).toEqual([]);
  });

  it('gives the header at most a fifth of a 360×780 first screen, with the menu folded', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const tall: string[] = [];
    for (const locale of ['de', 'ar', 'uk']) {
      for (const path of ['', 'services/mbe-awo/', 'map/', 'papers/associations/', 'referral/', 'search/']) {
        await page.goto(`${site.url}/${locale}/${path}`);
        await expect.poll(() => page.locator('.site-header__menu').isVisible()).toBe(true);
        const bottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
        if (bottom > 780 / 5) tall.push(`/${locale}/${path}: ${bottom}px`);
      }
    }
    expect(tall).toEqual([]);
    // The menu button opens the navigation and says so.
    await page.goto(`${site.url}/de/services/mbe-awo/`);
    const menu = page.getByRole('button', { name: 'Menü' });
    const mapLink = page.locator('#site-nav').getByRole('link', { name: 'Karte', exact: true });
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mapLink.isVisible()).toBe(false);
    await menu.click();
    await expect.poll(() => mapLink.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it('never breaks a word of a topic tile in the middle', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const broken: string[] = [];
    for (const locale of locales) {
      await page.goto(`${site.url}/${locale}/topics/`);
      broken.push(
        ...(await page.$$eval('.tile-grid--topics .tile > :first-child', (labels) =>
          labels.flatMap((label) => {
            const text = label.firstChild?.textContent ?? label.textContent ?? '';
            const node = [...label.childNodes].find((child) => child.nodeType === Node.TEXT_NODE) as Text | undefined;
            if (!node) return [];
            const words: string[] = [];
            let at = 0;
            for (const word of node.data.split(/(\s+)/)) {
              if (word.trim()) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                // A word on two lines must end its first line with a hyphen (hyphens: auto).
                if (lines.size > 1 && !/-/.test(word)) words.push(`${text}: ${word}`);
              }
              at += word.length;
            }
            return words;
          }),
        )),
      );
    }
    await context.close();
    expect(broken).toEqual([]);
  });

  it('puts every wide table in a labelled region that takes keyboard focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of ['/de/network-map/', '/ar/network-map/', '/de/responsibilities/aufenthaltstitel-verlaengern/']) {
      await page.goto(`${site.url}${path}`);
      problems.push(
        ...(await page.$$eval('main .table-scroll', (boxes) =>
          boxes.flatMap((box) => {
            const label = document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
            return box.getAttribute('role') === 'region' && label && box.getAttribute('tabindex') === '0'
              ? []
              : [box.outerHTML.slice(0, 80)];
          }),
        )),
      );
      expect(await page.locator('main .table-scroll').count(), path).toBeGreaterThan(0);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('gives every link and button in the main navigation and search a tap target of at least 44 px height', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/de/organisations/auslaenderbehoerde-musterstadt/`);
    await page.getByRole('button', { name: 'Menü' }).click();
    const small = await page.$$eval(
      '.site-header a, .site-header button, .site-header summary, .site-header input, .glance a',
      (elements) =>
        elements
          .map((element) => ({ text: element.textContent?.trim() ?? '', height: element.getBoundingClientRect().height }))
          // Hidden parts (the search panel before typing) have no size and are not tap targets.
          .filter((box) => box.height > 0 && box.height < 44),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});
