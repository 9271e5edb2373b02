import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from './reader/support.ts';
import { cooperationPath, entryPath, networkMapPath, searchPath } from '#src/lib/paths.ts';
import { testBuilds } from '../support/builds.ts';
import { axeViolations } from '../support/axe.ts';

// The cooperation view, the network map and the search facet of the demo site (public edition),
// as a counsellor sees them in Chromium.

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(testBuilds.public);
});
afterAll(() => site.close());

async function open(path: string, width = 1280): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

describe('the cooperation level of an organisation', () => {
  it('is the same for the Diakonie on the cooperation page and in the search filter', async () => {
    const page = await open(cooperationPath('de'));
    const standing = await page.locator('[data-partner="diakonie-musterstadt"]').getAttribute('data-standing');
    expect(standing).toBe('3');
    await page.goto(`${site.url}${searchPath('de', { level: standing ?? '' })}`);
    const diakonie = page.locator(`[data-results] a[href="${entryPath('de', 'organisations', 'diakonie-musterstadt')}"]`);
    await expect.poll(() => diakonie.count(), { timeout: 15_000 }).toBe(1);
    // …and under no other level.
    await page.goto(`${site.url}${searchPath('de', { level: '4' })}`);
    await expect.poll(() => page.locator('[data-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await diakonie.count()).toBe(0);
    await page.close();
  });

  it('files the level-3 JMD agreement under level 3, while the IB stands at level 4', async () => {
    const page = await open(cooperationPath('de'));
    await expect(page.locator('[data-level="3"] [data-agreement="kooperation-jugendmigrationsdienste"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-level="4"] [data-agreement="kooperation-jugendmigrationsdienste"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-partner="ib-musterstadt"]').getAttribute('data-standing')).resolves.toBe('4');
    await expect(page.locator('[data-partner="brk-musterstadt"]').getAttribute('data-standing')).resolves.toBe('3');
    await page.close();
  });

  it('keeps the city’s own offices and bodies outside its reach apart from referral on request', async () => {
    const page = await open(cooperationPath('de'));
    const standingOf = (id: string) => page.locator(`[data-partner="${id}"]`).getAttribute('data-standing');
    await expect(standingOf('jugendamt-musterstadt')).resolves.toBe('own-office');
    await expect(standingOf('bamf-aussenstelle-musterstadt')).resolves.toBe('outside');
    await expect(standingOf('mieterverein-musterstadt')).resolves.toBe('on-request');
    await page.close();
  });
});

describe('an agreement between providers', () => {
  const id = 'absprache-zielgruppen-migrationsberatung';
  const parties = ['awo-musterstadt', 'caritas-musterstadt', 'diakonie-musterstadt', 'ib-musterstadt', 'brk-musterstadt'];

  it('shows on the page of every party, with the other parties', async () => {
    const page = await open(entryPath('de', 'organisations', parties[0]!));
    for (const party of parties) {
      await page.goto(`${site.url}${entryPath('de', 'organisations', party)}`);
      const item = page.locator(`.party-agreements [data-agreement="${id}"]`);
      await expect(item.count()).resolves.toBe(1);
      const others = await item.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(others).toEqual([
        entryPath('de', 'agreements', id),
        ...parties.filter((other) => other !== party).map((other) => entryPath('de', 'organisations', other)),
      ]);
    }
    await page.close();
  });

  it('is listed on the cooperation page apart from the immigration office’s agreements', async () => {
    const page = await open(cooperationPath('de'));
    await expect(page.locator(`section:has(#cooperation-between) [data-agreement="${id}"]`).count()).resolves.toBe(1);
    await expect(page.locator(`section:has(#cooperation-by-level) [data-agreement="${id}"]`).count()).resolves.toBe(0);
    await page.close();
  });

  it('shows its review log and the next review on its page', async () => {
    const page = await open(entryPath('de', 'agreements', 'kooperation-diakonie-unterkuenfte'));
    await expect(page.locator('[data-review]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-review')))).resolves.toEqual([
      '2026-06-30',
      '2025-10-14',
    ]);
    await expect(page.locator('[data-next-review]').getAttribute('data-next-review')).resolves.toBe('2027-04-01');
    await page.close();
  });
});

describe('the network map', () => {
  for (const locale of ['de', 'ar', 'uk']) {
    it(`has no label overlapping another or leaving its drawing, in ${locale}`, async () => {
      const page = await open(networkMapPath(locale));
      const found = await page.locator('svg[data-map]').evaluateAll((svgs) => {
        const problems: string[] = [];
        let labels = 0;
        for (const svg of svgs as SVGSVGElement[]) {
          const name = `${svg.dataset['map']}${svg.dataset['network'] ? `/${svg.dataset['network']}` : ''}`;
          const view = svg.viewBox.baseVal;
          const boxes = [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', box: text.getBBox() }));
          labels += boxes.length;
          for (const [index, { text, box }] of boxes.entries()) {
            if (box.x < view.x || box.y < view.y || box.x + box.width > view.x + view.width || box.y + box.height > view.y + view.height) {
              problems.push(`${name}: „${text}“ leaves the drawing`);
            }
            for (const other of boxes.slice(index + 1)) {
              const b = other.box;
              if (box.x < b.x + b.width && b.x < box.x + box.width && box.y < b.y + b.height && b.y < box.y + box.height) {
                problems.push(`${name}: „${text}“ overlaps „${other.text}“`);
              }
            }
          }
        }
        return { problems, labels };
      });
      expect(found.labels).toBeGreaterThan(100);
      expect(found.problems).toEqual([]);
      await page.close();
    });

    it(`fits a 320 px phone without sideways scrolling of the page, in ${locale}`, async () => {
      const page = await open(networkMapPath(locale), 320);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The partner map keeps a readable size and scrolls inside its own labelled, focusable region.
      const region = page.locator('.map-scroll:has(svg[data-map="partners"])');
      await expect(region.getAttribute('role')).resolves.toBe('region');
      await expect(region.getAttribute('tabindex')).resolves.toBe('0');
      await expect(region.getAttribute('aria-labelledby')).resolves.toBeTruthy();
      await expect(region.evaluate((element) => element.scrollWidth > element.clientWidth)).resolves.toBe(true);
      await page.close();
    });
  }

  it('gives each kind of organisation its own symbol in the legend and explains how leads are drawn', async () => {
    const page = await open(networkMapPath('de'));
    const legend = page.locator('[data-legend="types"]').first();
    const symbols = await legend.locator('li').evaluateAll((items) =>
      items.map((item) => {
        const path = item.querySelector('path');
        return `${path?.getAttribute('d')}|${path?.getAttribute('fill')}|${path?.getAttribute('stroke')}`;
      }),
    );
    expect(symbols.length).toBeGreaterThan(10);
    expect(new Set(symbols.map((symbol) => symbol.split('|')[0])).size).toBe(symbols.length);
    expect(new Set(symbols.map((symbol) => symbol.split('|').slice(1).join('|'))).size).toBe(symbols.length);
    await expect(page.locator('[data-legend="lead"]').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('the cooperation and network-map pages', () => {
  for (const locale of ['de', 'ar']) {
    it(`pass axe-core in ${locale}`, async () => {
      const page = await open(cooperationPath(locale));
      const found: string[] = [];
      for (const path of [cooperationPath(locale), networkMapPath(locale)]) {
        await page.goto(`${site.url}${path}`);
        for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }
});
