import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesOf, type Directory } from '#src/lib/content/directory.ts';
import { openDataPath } from '#src/lib/paths.ts';
import { paperEntries, paperIds } from '#src/lib/publish/papers.ts';
import { launchBrowser } from '../../support/browser.ts';
import { hsdsFailures, strictHsdsValidators } from '../../support/hsds-validator.ts';
import { testBuilds } from '../../support/builds.ts';
import { demoDirectory } from '../../support/demo-content.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

const dist = testBuilds.public;
let directory: Directory;
let server: StaticServer;

beforeAll(async () => {
  directory = await demoDirectory('public');
  server = await serveStatic(dist);
});
afterAll(() => server.close());

describe('open data files of the build', () => {
  it('validate strictly as HSDS 3.1: organizations, services, locations and taxonomy terms', () => {
    const validators = strictHsdsValidators();
    const files = { organizations: 'organization', services: 'service', locations: 'location', taxonomy_terms: 'taxonomy_term' } as const;
    for (const [file, schema] of Object.entries(files)) {
      const items = JSON.parse(readFileSync(join(dist, `open-data/hsds/${file}.json`), 'utf8')) as unknown[];
      expect(Array.isArray(items) && items.length > 0, file).toBe(true);
      expect(hsdsFailures(validators[schema] as ValidateFunction, items, file)).toEqual([]);
    }
  });

  it('publish every network meeting as an iCalendar event that parses', () => {
    const folder = join(dist, 'open-data/calendar');
    const meetings = entriesOf(directory, 'networks').flatMap((network) =>
      network.data.meetings.map((meeting) => `${network.data.title}|${meeting.start}`),
    );
    expect(meetings.length).toBeGreaterThan(0);
    for (const file of readdirSync(folder)) {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(folder, file), 'utf8')));
      expect(calendar.getAllSubcomponents('vevent').length, file).toBeGreaterThan(0);
    }
    const all = new ICAL.Component(ICAL.parse(readFileSync(join(folder, 'all.ics'), 'utf8')));
    const events = all.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBe(meetings.length);
    for (const event of events) expect(event.startDate.toJSDate().getTime()).toBeLessThan(event.endDate.toJSDate().getTime());
  });

  it('serve each paper as CSV that German Excel reads: BOM, semicolons, umlauts, multi-line cells', async () => {
    for (const paper of paperIds) {
      const response = await fetch(`${server.url}/open-data/papers/${paper}.csv`);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header = [], ...rows] = parse(bytes, { bom: true, delimiter: ';' }) as string[][];
      expect(header).toContain('Zuletzt geprüft am');
      expect(rows.map((row) => row[0]).sort()).toEqual(
        paperEntries(directory, paper)
          .map((entry) => entry.id)
          .sort(),
      );
    }
    const networks = parse(readFileSync(join(dist, 'open-data/papers/networks.csv')), { bom: true, delimiter: ';' }) as string[][];
    expect(networks.some((row) => row.some((cell) => cell.includes('\n') && /[äöüß]/.test(cell)))).toBe(true);
  });

  it('serve each paper as JSON with Stand, version and licence', () => {
    const json = JSON.parse(readFileSync(join(dist, 'open-data/papers/networks.json'), 'utf8')) as {
      stand: string;
      version: string;
      licence: { name: string };
      entries: { id: string }[];
    };
    expect(json.stand).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.version).toContain(json.stand.replaceAll('-', '.'));
    expect(json.licence.name).toBe(directory.site.dataLicence.name);
    expect(json.entries.map((entry) => entry.id).sort()).toEqual(
      paperEntries(directory, 'networks')
        .map((entry) => entry.id)
        .sort(),
    );
  });
});

describe('the open data page', () => {
  it('is linked from the footer and lists every download with licence and date, all of them reachable', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/en/`);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
      await page.waitForURL((url) => url.pathname === openDataPath('en'));
      await expect
        .poll(() => page.getByRole('link', { name: directory.site.dataLicence.name }).getAttribute('href'))
        .toBe(directory.site.dataLicence.url);
      const links = await page
        .locator('main a[href^="/open-data/"], main a[href^="/downloads/"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      // The four interface papers, the brochure in A4 and A5, and its counter edition.
      expect(links.filter((link) => link.endsWith('.pdf')).length).toBe(7);
      expect(links).toEqual(
        expect.arrayContaining(['/open-data/hsds/organizations.json', '/open-data/hsds/services.json', '/open-data/calendar/all.ics']),
      );
      for (const link of links) expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    } finally {
      await browser.close();
    }
  });
});
