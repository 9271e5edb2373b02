import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { entriesOf } from '#src/lib/content/directory.ts';
import { outcomeOf, statusAnswer } from '#src/lib/finder/finder-answers.ts';
import { finderTableFor } from '#src/lib/finder/finder-rules.ts';
import { launchBrowser } from '../support/browser.ts';
import { searchBuild } from '../support/search-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { axeViolations } from '../support/axe.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(searchBuild);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Browser assertions retry: the island may start late on a busy machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const matterPath = (locale: string, query = '') => `/${locale}/finder/aufenthaltstitel-verlaengern/${query}`;
const schutz24 = '?age=30&status=schutz-24&district=altstadt';

async function open(
  path: string,
  options: { javaScript?: boolean; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 360, height: 780 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return { page, context };
}

/** The link targets inside an element, in order. */
const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const visibleQuestion = (page: Page) =>
  page
    .locator('lotse-finder [data-question]:not([hidden])')
    .evaluateAll((questions) => questions.map((question) => question.getAttribute('data-question')));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const resultServices = (page: Page) => hrefs(page, 'lotse-finder [data-outcome] [data-service] > a');

describe('the "who is responsible?" finder', () => {
  it('shows the outcome for a situation without JavaScript: the status group, with the ages and districts of each offer', async () => {
    const { page, context } = await open('/en/finder/', { javaScript: false });
    const matter = page.getByRole('link', { name: /(renew|extend)\w* (a |your )?residence permit|residence permit expires/i }).first();
    await Promise.all([page.waitForURL(/\/en\/finder\/aufenthaltstitel-verlaengern\/$/), matter.click()]);
    // The questions need JavaScript; the office, the Mitbringliste and the overview do not.
    expect(await page.locator('lotse-finder [data-finder-ui]').isVisible()).toBe(false);
    expect(await hrefs(page, '.finder__office-name a')).toEqual(['/en/organisations/auslaenderbehoerde-musterstadt/']);
    expect(await page.getByRole('heading', { name: 'Please bring' }).isVisible()).toBe(true);
    const group = page.locator('details.finder-overview__group', { hasText: 'Temporary protection' });
    await group.locator('summary').click();
    const offers = group.locator('.finder-overview__list li', { has: page.locator('a[href*="/services/"]') });
    const mbe = offers.filter({ has: page.locator('a[href="/en/services/mbe-awo/"]') });
    expect(await mbe.locator('.finder-overview__when').textContent()).toMatch(/27 or older · Old Town/);
    const services = await hrefs(page, 'details.finder-overview__group[open] .finder-overview__list a[href*="/services/"]');
    expect(services).toContain('/en/services/fib-caritas/');
    for (const notForThem of ['beratung-internationale-studierende', 'asylverfahrensberatung-fluechtlingsrat', 'rueckkehrberatung-caritas'])
      expect(services).not.toContain(`/en/services/${notForThem}/`);
    await context.close();
  });

  it('asks one question at a time, moves the focus to it and announces the matching outcome only', async () => {
    const { page, context } = await open(matterPath('de'));
    await poll(() => visibleQuestion(page)).toEqual(['age']);
    await page.getByLabel('Wie alt sind Sie?').fill('30');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await poll(() => visibleQuestion(page)).toEqual(['status']);
    await poll(() => focusedId(page)).toBe('finder-q-status');
    // § 24 is its own answer, explained in plain words.
    const schutz = page.getByRole('button', { name: /Vorübergehender Schutz.*vor dem Krieg in der Ukraine/ });
    await schutz.click();
    await poll(() => visibleQuestion(page)).toEqual(['district']);
    await page.getByRole('button', { name: 'Altstadt' }).click();
    await poll(() => focusedId(page)).toBe('finder-result');
    expect(await resultServices(page)).toEqual(['/de/services/fib-caritas/', '/de/services/mbe-awo/']);
    await poll(() => page.locator('lotse-finder [role="status"]').textContent()).toContain('Ausländerbehörde Musterstadt');
    expect(new URL(page.url()).search).toBe(schutz24);
    expect(await page.getByRole('link', { name: 'Ich brauche Beratung' }).first().getAttribute('href')).toBe(
      '/de/counselling/?age=30&status=schutz-24&district=altstadt',
    );
    await context.close();
  });

  it('restores the answers from a shared link, and the back button goes back one question', async () => {
    const { page, context } = await open(matterPath('uk', schutz24));
    await poll(() => resultServices(page)).toEqual(['/uk/services/fib-caritas/', '/uk/services/mbe-awo/']);
    await page.getByRole('button', { name: /змінити: .*статус/i }).click();
    await poll(() => visibleQuestion(page)).toEqual(['status']);
    expect(new URL(page.url()).search).toBe('?age=30');
    await page.goBack();
    await poll(() => resultServices(page)).toEqual(['/uk/services/fib-caritas/', '/uk/services/mbe-awo/']);
    await page.getByRole('button', { name: /Тимчасовий захист/ }).waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shows in Chromium the outcome the table holds, for a sample of matters and situations', async () => {
    const directory = await loadDirectory();
    const sample = [
      ['aufenthaltstitel-verlaengern', 22, 'duldung', 'westend'],
      ['aufenthaltstitel-verlaengern', 40, 'niederlassungserlaubnis', 'any'],
      ['asylblg-leistungen', 30, 'schutz-24', 'nordstadt'],
      ['kita-platz', 4, 'aufenthaltsgestattung', 'oberdorf'],
      ['kita-platz', 9, 'any', 'suedstadt'],
      ['buergergeld-beantragen', 50, 'eu-freizuegigkeit', 'am-see'],
      ['uma-hilfen', 20, 'duldung', 'altstadt'],
      ['einbuergerung-beantragen', 35, 'niederlassungserlaubnis', 'bahnhofsviertel'],
    ] as const;
    const { page, context } = await open('/de/finder/');
    for (const [id, age, status, district] of sample) {
      const matter = entriesOf(directory, 'responsibilities').find((entry) => entry.id === id)!;
      const table = finderTableFor(directory, matter);
      const expected = outcomeOf(table, { age, status: statusAnswer(table, status), district })!;
      await page.goto(`${server.url}/de/finder/${id}/?age=${age}&status=${status}&district=${district}`);
      await page.locator('lotse-finder [data-result]:not([hidden])').waitFor();
      const shown = {
        eligible: (await page.locator('lotse-finder [data-outcome] [data-if-not-eligible]').count()) === 0,
        allocation: await page
          .locator('lotse-finder [data-outcome] [data-row]')
          .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-row')))),
        services: await page
          .locator('lotse-finder [data-outcome] [data-service]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-service'))),
        alternatives: await page
          .locator('lotse-finder [data-outcome] [data-alternative]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-alternative'))),
      };
      expect({ id, age, status, district, ...shown }).toEqual({ id, age, status, district, ...expected });
    }
    await context.close();
  });

  for (const locale of ['de', 'ar']) {
    it(`has no accessibility violations (axe) on the start page and a matter page with its result, ${locale}`, async () => {
      const { page, context } = await open(`/${locale}/finder/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}${matterPath(locale, schutz24)}`);
      await page.locator('lotse-finder [data-result]:not([hidden])').waitFor();
      await page.locator('details.finder-overview__group summary').first().click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  for (const locale of ['de', 'ar', 'uk']) {
    it(`does not scroll sideways at 320 px, with the result shown and every situation open, ${locale}`, async () => {
      const { page, context } = await open(`/${locale}/finder/`, { width: 320 });
      const width = () => page.evaluate(() => document.documentElement.scrollWidth);
      expect(await width()).toBeLessThanOrEqual(320);
      for (const query of ['?age=30', schutz24]) {
        await page.goto(`${server.url}${matterPath(locale, query)}`);
        await page.locator('lotse-finder [data-question]:not([hidden]), lotse-finder [data-result]:not([hidden])').first().waitFor();
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        await poll(width).toBeLessThanOrEqual(320);
      }
      await context.close();
    });
  }
});
