import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { readVocabularies } from '#src/lib/content/read-vocabularies.ts';
import { basketFragment } from '#src/lib/referral/basket.ts';
import type { SlipEntry } from '#src/lib/referral/slip-data.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collectionNames } from '#src/schema/index.ts';
import { testBuilds } from '../../support/builds.ts';
import {
  germanLeaks,
  germanMatcher,
  germanUiStrings,
  germanVocabularyLabels,
  pageTexts,
  type GermanMatcher,
} from '../../support/german-leaks.ts';
import { builtFileFor, sitemapUrls } from '../../support/site-files.ts';
import { openSite, type SiteUnderTest } from './support.ts';

/**
 * No German interface text on the Arabic, Persian and Ukrainian pages of the demo site: every
 * page of the sitemap as built, and what the browser renders (search results, the referral
 * slip). Entry texts without a translation may be German (marked `lang="de"`, with "German
 * only"); UI strings and vocabulary labels may not. How a text is recognised as German:
 * tests/support/german-leaks.ts.
 */
const root = testBuilds.public;
const locales = ['ar', 'fa', 'uk'] as const;
const vocabularies = readVocabularies(resolve('content'), readSiteConfig());

function matcherFor(locale: (typeof locales)[number]): GermanMatcher {
  return germanMatcher([...germanUiStrings(dictionaries.de, dictionaries[locale]), ...germanVocabularyLabels(vocabularies, locale)]);
}

/** One line per German text on a page: where, what and where it comes from. */
function leaksOn(path: string, html: string, match: GermanMatcher): string[] {
  return germanLeaks(pageTexts(html), match).map((leak) => `${path} ${leak.where}: «${leak.text}» (${leak.source})`);
}

describe('no German interface text on the pages as built', () => {
  const paths = sitemapUrls(root).map((url) => new URL(url).pathname);

  for (const locale of locales) {
    it(`finds no German UI string or label on any ${locale} page of the sitemap`, () => {
      const match = matcherFor(locale);
      // The finder would see German if there were any: the German home link is a German UI string.
      expect(match(dictionaries.de['nav.home'] as string)?.source).toBe('ui:nav.home');
      const pages = paths.filter((path) => path.startsWith(`/${locale}/`));
      expect(pages.length).toBeGreaterThan(200);
      const leaks = pages.flatMap((path) => {
        const file = builtFileFor(root, path);
        expect(file, path).toBeDefined();
        return leaksOn(path, readFileSync(join(root, file ?? ''), 'utf8'), match);
      });
      expect(leaks).toEqual([]);
    });
  }
});

describe('no German interface text in what the browser renders', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(root);
  });
  afterAll(() => site.close());

  /** Every result of the search page: all kinds of entries, "show more" until none are left. */
  async function showAllResults(page: Page, locale: string): Promise<number> {
    const kinds = collectionNames.map((kind) => `kind=${kind}`).join('&');
    await page.goto(`${site.url}/${locale}/search/?${kinds}`);
    const results = page.locator('[data-results] > li');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const more = page.locator('[data-more]');
    while (await more.isVisible()) {
      const before = await results.count();
      await more.click();
      await expect.poll(() => results.count()).toBeGreaterThan(before);
    }
    return results.count();
  }

  for (const locale of locales) {
    it(`finds none in the ${locale} search results and referral slip`, async () => {
      const match = matcherFor(locale);
      const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();

      expect(await showAllResults(page, locale)).toBeGreaterThan(150);
      const leaks = leaksOn(`/${locale}/search/ (results)`, await page.content(), match);

      // The slip with every entry that has no text in this language yet, and a few that have.
      const slip = JSON.parse(readFileSync(join(root, 'referral-data', `${locale}.json`), 'utf8')) as {
        entries: Record<string, SlipEntry>;
      };
      const ids = Object.keys(slip.entries);
      const untranslated = ids.filter((id) => slip.entries[id]?.f);
      const picks = [...untranslated.slice(0, 12), ...ids.filter((id) => !untranslated.includes(id)).slice(0, 4)];
      await page.goto(`${site.url}/${locale}/referral/${basketFragment({ ids: picks, lang: locale })}`);
      await expect.poll(() => page.locator('[data-slip-entry]').count(), { timeout: 20_000 }).toBe(picks.length);
      expect(await page.locator('[data-slip-column="client"]').first().getAttribute('lang')).toBe(locale);
      leaks.push(...leaksOn(`/${locale}/referral/ (slip)`, await page.content(), match));

      await context.close();
      expect(leaks).toEqual([]);
    });
  }
});
