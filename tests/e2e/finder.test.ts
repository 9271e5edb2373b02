import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { searchBuild } from '../support/search-build.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

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

/** Answer finder questions by clicking the first choice matching each pattern, until the result. */
async function answerUntilResult(page: Page, preferences: RegExp[]): Promise<number> {
  let questions = 0;
  while (questions < 5) {
    const choices = page.locator('.finder__choices a');
    if ((await choices.count()) === 0) break;
    const labels = await choices.allTextContents();
    const index = Math.max(
      0,
      labels.findIndex((label) => preferences.some((pattern) => pattern.test(label))),
    );
    const before = new URL(page.url()).pathname;
    await Promise.all([page.waitForURL((url) => url.pathname !== before), choices.nth(index).click()]);
    questions++;
  }
  return questions;
}

describe('the "who is responsible?" finder', () => {
  it('leads from "residence permit expires" to the immigration office, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/finder/`);
    // The matter a person whose permit expires picks: renewing (or extending) the residence permit.
    const matter = page.getByRole('link', { name: /(renew|extend)\w* (a |your )?residence permit|residence permit expires/i }).first();
    await Promise.all([page.waitForURL(/\/en\/finder\/aufenthaltstitel-verlaengern\//), matter.click()]);
    const questions = await answerUntilResult(page, [/27 or older/, /^Residence permit/i, /Old Town/]);
    expect(questions).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Responsible office' }).isVisible()).toBe(true);
    const office = page.locator('.finder__office-name a');
    expect(await office.getAttribute('href')).toBe('/en/organisations/auslaenderbehoerde-musterstadt/');
    // Counselling that fits an adult: the adult migration counselling, not the youth service.
    const services = await page.locator('.finder__services a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(services.some((href) => /\/services\/mbe-/.test(href ?? ''))).toBe(true);
    expect(services.some((href) => /\/services\/jmd/.test(href ?? ''))).toBe(false);
    await context.close();
  });

  it('shows the answers given, each with a link to change it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/de/finder/aufenthaltstitel-verlaengern/`);
    await answerUntilResult(page, [/27 Jahre oder älter/]);
    const answers = page.locator('.finder__answers dd a');
    expect(await answers.count()).toBeGreaterThan(1);
    await answers.nth(1).click();
    expect(await page.locator('.finder__choices a').count()).toBeGreaterThan(1);
    await context.close();
  });
});
