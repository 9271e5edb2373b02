import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { weekTable, weekdayNames } from '#src/lib/opening-hours.ts';
import { entryPath, referralPath } from '#src/lib/paths.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { testBuilds, testToday } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from '../reader/support.ts';

// Islands load their data and libraries after the page: on a busy machine that takes seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

/** A week as "day → sorted opening intervals", Monday = 0: the form every output is compared in. */
type Week = Record<number, string[]>;

function normalise(week: Week): Week {
  return Object.fromEntries(
    Object.entries(week)
      .filter(([, intervals]) => intervals.length > 0)
      .map(([day, intervals]) => [day, [...intervals].sort()]),
  );
}

/** Compact week lines as papers, the brochure and the slip print them ("Mo und Mi 10:00–12:00 und 14:00–18:00"). */
function fromWeekLines(lines: string[]): Week {
  const names = weekdayNames('de-DE', 'short');
  const week: Week = {};
  for (const line of lines) {
    const at = line.search(/\d/);
    const daysText = line.slice(0, at).trim();
    const ranges = [...line.slice(at).matchAll(/(\d\d:\d\d)–(\d\d:\d\d)/g)].map((match) => `${match[1]}-${match[2]}`);
    const span = daysText.split('–');
    const days =
      span.length === 2
        ? Array.from({ length: names.indexOf(span[1]!) - names.indexOf(span[0]!) + 1 }, (_, offset) => names.indexOf(span[0]!) + offset)
        : daysText.split(/, | und /).map((name) => names.indexOf(name));
    for (const day of days) week[day] = [...(week[day] ?? []), ...ranges];
  }
  return normalise(week);
}

describe('the opening hours of an offer at a place are the same everywhere', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.public);
  });
  afterAll(() => site.close());

  it('shows the JMD of the BRK with its own hours, not the youth centre’s, on the entry page, the slip, the brochure and in HSDS', async () => {
    // The offer names its own hours; the place (Jugendhaus Nordstadt) has other ones.
    const rule = (yaml.load(readFileSync('content/services/de/jmd-brk.yaml', 'utf8')) as { openingHours: string }).openingHours;
    const expected = normalise(
      Object.fromEntries(
        weekTable(rule, { state: readSiteConfig().state }, testToday).map((intervals, day) => [
          day,
          intervals.map((interval) => `${interval.from}-${interval.to}`),
        ]),
      ),
    );
    expect(Object.keys(expected).length).toBeGreaterThan(2);

    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${entryPath('de', 'services', 'jmd-brk')}`);
    const table = page.locator('#hours-jmd-nordstadt');
    const onPage = normalise(
      Object.fromEntries(
        await table.locator('tr[data-weekday]').evaluateAll((rows) =>
          rows.map((row) => {
            const times = [...row.querySelectorAll('time')].map((time) => time.getAttribute('datetime') ?? '');
            const intervals = times.flatMap((time, index) => (index % 2 === 0 ? [`${time}-${times[index + 1]}`] : []));
            return [Number(row.getAttribute('data-weekday')), intervals];
          }),
        ),
      ),
    );

    await page.goto(`${site.url}${referralPath('de')}#ids=jmd-brk&lang=de`);
    await expect.poll(() => page.locator('[data-slip-entry="jmd-brk"] .week-line').count()).toBeGreaterThan(0);
    const onSlip = fromWeekLines(await page.locator('[data-slip-entry="jmd-brk"] .week-line').allInnerTexts());

    await page.goto(`${site.url}/de/brochure/print/`);
    // An entry stands in full in its first chapter (the others only point to it).
    const inBrochure = fromWeekLines(await page.locator('[data-brochure-entry="jmd-brk"]').first().locator('.week-line').allTextContents());
    await context.close();

    const services = JSON.parse(readFileSync(join(testBuilds.public, 'open-data/hsds/services.json'), 'utf8')) as {
      name: string;
      service_at_locations: { schedules?: { byday: string; opens_at: string; closes_at: string }[] }[];
    }[];
    const jmd = services.find((service) => service.name === 'Jugendmigrationsdienst (JMD) des BRK');
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const inHsds: Week = {};
    for (const schedule of jmd?.service_at_locations[0]?.schedules ?? []) {
      for (const day of schedule.byday.split(','))
        inHsds[days.indexOf(day)] = [...(inHsds[days.indexOf(day)] ?? []), `${schedule.opens_at}-${schedule.closes_at}`];
    }

    expect(onPage).toEqual(expected);
    expect(onSlip).toEqual(expected);
    expect(inBrochure).toEqual(expected);
    expect(normalise(inHsds)).toEqual(expected);
  });
});
