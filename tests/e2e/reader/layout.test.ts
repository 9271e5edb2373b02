import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { openSite, samplePaths, sitemapPaths, type SiteUnderTest } from './support.ts';

describe('layout from 320 px wide', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
  });
  afterAll(() => site.close());

  it('never scrolls sideways on a 320 px phone (wide tables scroll inside their own box)', async () => {
    const paths = [
      '/de/',
      '/ar/',
      '/uk/',
      '/de/organisations/auslaenderbehoerde-musterstadt/',
      '/ar/organisations/auslaenderbehoerde-musterstadt/',
      '/de/counselling/',
      ...samplePaths(sitemapPaths(testBuilds.public), 21),
    ];
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('gives every link and button in the main navigation and search a tap target of at least 44 px height', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/de/organisations/auslaenderbehoerde-musterstadt/`);
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
