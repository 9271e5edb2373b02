import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { referralPath } from '#src/lib/paths.ts';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';
import { axeViolations } from '../../support/axe.ts';

/**
 * axe-core on the counter's controls in use (header with basket and open menu, the referral
 * toggle, the slip with its handover note and its QR view, search results), as a counsellor uses
 * them on a phone and on a desk, in German and Arabic. Every template as built is checked in
 * accessibility.test.ts; this file adds the states only a tap or a script brings about.
 */
const ids = ['mbe-awo', 'aufenthaltstitel-verlaengern', 'jobcenter-musterstadt'];

// Islands load their data and libraries after the page: on a busy machine that takes seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

/** Pages with what to do on each before checking. */
function templates(locale: string): { path: string; prepare?: (page: Page) => Promise<void> }[] {
  return [
    { path: `/${locale}/` },
    {
      path: `/${locale}/services/mbe-awo/`,
      prepare: async (page) => {
        await page.locator('main lotse-referral-toggle button').click();
        await expect.poll(() => page.locator('.site-header .referral-basket__link').isVisible()).toBe(true);
        const menu = page.locator('.site-header__menu');
        if (await menu.isVisible()) await menu.click();
      },
    },
    {
      path: `${referralPath(locale)}#ids=${ids.join(',')}&lang=${locale === 'de' ? 'ar' : 'de'}`,
      prepare: async (page) => {
        await expect.poll(() => page.locator('.slip-qr svg').count()).toBe(3);
        await page.locator('.slip-note-form summary').click();
      },
    },
    {
      path: `${referralPath(locale)}#ids=${ids.join(',')}&lang=${locale}`,
      prepare: async (page) => {
        await expect.poll(() => page.locator('.slip-qr svg').count()).toBe(3);
        await page.locator('[data-action="show"]').click();
        await expect.poll(() => page.locator('dialog[open] svg').count()).toBe(1);
      },
    },
    { path: `/${locale}/search/?q=Beratung` },
  ];
}

describe('accessibility of the templates changed for counselling at the counter', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
  });
  afterAll(() => site.close());

  for (const locale of ['de', 'ar']) {
    for (const template of templates(locale)) {
      it(`finds no axe violations on ${template.path}${template.prepare ? ' (in use)' : ''} on a phone and a desk`, async () => {
        const problems: string[] = [];
        for (const width of [360, 1280]) {
          const context = await site.browser.newContext({ viewport: { width, height: 800 }, timezoneId: 'Europe/Berlin' });
          const page = await context.newPage();
          await page.goto(`${site.url}${template.path}`);
          await template.prepare?.(page);
          for (const violation of await axeViolations(page)) problems.push(`${width}px ${template.path}: ${violation}`);
          await context.close();
        }
        expect(problems).toEqual([]);
      }, 300_000);
    }
  }
});
