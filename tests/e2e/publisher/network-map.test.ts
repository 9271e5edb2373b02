import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from '../reader/support.ts';
import { networkMapPath } from '#src/lib/paths.ts';
import { networkOverlap } from '#src/lib/publish/network-overlap.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { axeViolations } from '../../support/axe.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(testBuilds.public);
});
afterAll(() => site.close());

describe('the network map', () => {
  // Left to right and right to left; the diagrams are the same in every language.
  for (const locale of ['de', 'ar']) {
    it(`passes axe-core in ${locale}, SVGs included`, async () => {
      const page = await (await site.browser.newContext()).newPage();
      await page.goto(`${site.url}${networkMapPath(locale)}`);
      expect(await page.locator('svg[data-map]').count()).toBeGreaterThan(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('lists in its table exactly the organisations on the map and in the lists beside it, each once', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}${networkMapPath('de')}`);
    const inSvg = await page
      .locator('svg[data-map="partners"] [data-node]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')));
    const beside = await page
      .locator('.without-agreement [data-node]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node')));
    const inTable = await page
      .locator('table[data-map-table="partners"] tbody tr[data-node]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-node')).sort());
    expect(inSvg.length).toBeGreaterThan(3);
    expect(beside.length).toBeGreaterThan(0);
    expect(inTable).toEqual([...inSvg, ...beside].sort());
    await page.close();
  });

  it('lists in its table, network by network, the lead and members drawn in each diagram', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}${networkMapPath('de')}`);
    const networks = await page
      .locator('svg[data-map="network"]')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-network') ?? ''));
    expect(networks.length).toBeGreaterThan(1);
    for (const id of networks) {
      const drawn = await page
        .locator(`svg[data-network="${id}"] [data-node]`)
        .evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-role')}:${node.getAttribute('data-node')}`).sort());
      const row = page.locator(`table[data-map-table="networks"] tr[data-network="${id}"]`);
      const leads = await row
        .locator('td:nth-of-type(2) [data-node]')
        .evaluateAll((items) => items.map((item) => `lead:${item.getAttribute('data-node')}`));
      const members = await row
        .locator('td:nth-of-type(3) [data-node]')
        .evaluateAll((items) => items.map((item) => `member:${item.getAttribute('data-node')}`));
      expect([...leads, ...members].sort()).toEqual(drawn);
    }
    await page.close();
  });

  it('shows for each pair of networks the shared participants and their meetings per year', async () => {
    const directory = await demoDirectory('public');
    const pairs = networkOverlap(directory);
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}${networkMapPath('de')}`);
    const rows = page.locator('table[data-overlap-table] tbody tr');
    expect(await rows.count()).toBe(pairs.length);
    for (const pair of pairs) {
      const row = page.locator(`tr[data-pair="${pair.a.id}+${pair.b.id}"]`);
      await expect.poll(() => row.locator('[data-shared-count]').innerText()).toBe(String(pair.shared.length));
      await expect.poll(() => row.locator('td').last().innerText()).toBe(String(pair.meetingsPerYear));
    }
    await page.close();
  });
});

// The other publisher pages (papers, brochure, cooperation, open data, slip) go through axe as
// page templates in de and ar in reader/accessibility.test.ts.
