import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBuilds } from '../../support/builds.ts';
import { openSite, type SiteUnderTest } from './support.ts';

/**
 * The fixture's immigration office has two places:
 * - "servicestelle" (walk-in): Mo–Fr 07:30–12:30, Th also 14:00–17:30, closed on public holidays;
 * - "rathaus" (appointment only): Mo, Tu, Th 08:00–12:00, We 14:00–18:00.
 * The build is made "as of" Sunday 2026-11-22; the browser's clock is frozen per test.
 */
const page = '/de/organisations/abh-fixture/';

describe('"open now" computed in the browser', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  async function statusAt(instant: string, options: { timezoneId?: string; locale?: string } = {}) {
    const context = await site.browser.newContext({ timezoneId: options.timezoneId ?? 'Europe/Berlin' });
    const tab = await context.newPage();
    await tab.clock.setFixedTime(new Date(instant));
    await tab.goto(`${site.url}${page.replace('/de/', `/${options.locale ?? 'de'}/`)}`);
    const read = async (place: string) => {
      const status = tab.locator(`#place-${place}`).locator('xpath=..').locator('lotse-open-status');
      await status.locator('.open-status__text:not(:empty)').waitFor();
      return { state: await status.getAttribute('data-state'), text: (await status.locator('.open-status__text').textContent()) ?? '' };
    };
    const result = {
      service: await read('servicestelle'),
      appointments: await read('rathaus'),
      today: await tab.locator('#hours-servicestelle tr[aria-current="date"] th').textContent(),
    };
    await context.close();
    return result;
  }

  it('says open until 12:30 on a Monday morning, and appointments only at the appointment-only place', async () => {
    const status = await statusAt('2026-11-23T09:00:00+01:00');
    expect(status.service).toEqual({ state: 'open', text: 'Jetzt geöffnet – bis 12:30 Uhr' });
    expect(status.appointments).toEqual({ state: 'open', text: 'Nur mit Termin – Termine heute bis 12:00 Uhr' });
    expect(status.today).toBe('Montag');
  });

  it('says when it opens next after closing time', async () => {
    const status = await statusAt('2026-11-23T13:00:00+01:00');
    expect(status.service).toEqual({ state: 'closed', text: 'Jetzt geschlossen – öffnet morgen um 07:30 Uhr' });
    expect(status.appointments).toEqual({ state: 'closed', text: 'Nur mit Termin – nächste Termine morgen ab 08:00 Uhr' });
  });

  it('knows the second opening of the same day (Thursday afternoon)', async () => {
    const status = await statusAt('2026-11-26T13:00:00+01:00');
    expect(status.service.text).toBe('Jetzt geschlossen – öffnet heute um 14:00 Uhr');
    expect(status.today).toBe('Donnerstag');
  });

  it('treats the weekend as closed days and names the next opening day', async () => {
    const status = await statusAt('2026-11-28T10:00:00+01:00');
    expect(status.service).toEqual({ state: 'closed', text: 'Jetzt geschlossen – öffnet am Montag, 30. November um 07:30 Uhr' });
    expect(status.appointments.text).toBe('Nur mit Termin – nächste Termine am Montag, 30. November ab 08:00 Uhr');
    expect(status.today).toBe('Samstag');
  });

  it('is closed on a public holiday although the weekday normally opens (Christmas Day, a Friday)', async () => {
    const status = await statusAt('2026-12-25T10:00:00+01:00');
    expect(status.service).toEqual({ state: 'closed', text: 'Jetzt geschlossen – öffnet am Montag, 28. Dezember um 07:30 Uhr' });
  });

  it("answers in the municipality's time, whatever the phone's time zone", async () => {
    // 03:00 in New York is 09:00 in Musterstadt.
    const status = await statusAt('2026-11-23T03:00:00-05:00', { timezoneId: 'America/New_York' });
    expect(status.service.state).toBe('open');
    expect(status.service.text).toBe('Jetzt geöffnet – bis 12:30 Uhr');
  });

  it('says it in the page language', async () => {
    const english = await statusAt('2026-11-28T10:00:00+01:00', { locale: 'en' });
    expect(english.service.text).toBe('Closed now – opens on Monday 30 November at 07:30');
    const arabic = await statusAt('2026-11-23T09:00:00+01:00', { locale: 'ar' });
    expect(arabic.service.text).toContain('مفتوح الآن');
  });

  it('says nothing rather than guess when the build is older than its six weeks of opening data', async () => {
    const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin' });
    const tab = await context.newPage();
    await tab.clock.setFixedTime(new Date('2027-03-01T09:00:00+01:00'));
    await tab.goto(`${site.url}${page}`);
    await tab.waitForFunction(() => document.querySelector('lotse-open-status')?.getAttribute('data-state') === 'unknown');
    expect(await tab.locator('lotse-open-status .open-status__text').first().textContent()).toBe('');
    expect(await tab.locator('#hours-servicestelle').isVisible()).toBe(true);
    await context.close();
  });

  it('does not move the page when the sentence appears (no layout shift)', async () => {
    const context = await site.browser.newContext({ timezoneId: 'Europe/Berlin', viewport: { width: 360, height: 780 } });
    const tab = await context.newPage();
    await tab.clock.setFixedTime(new Date('2026-11-28T10:00:00+01:00'));
    await tab.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(`${site.url}${page}`);
    await tab.locator('lotse-open-status[data-state="closed"]').first().waitFor();
    await tab.waitForTimeout(300);
    const shift = await tab.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0));
    expect(shift).toBeLessThan(0.01);
    await context.close();
  });

  it('shows a correct week table without JavaScript, with closed days and the appointment-only badge', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${page}`);
    const rows = await tab.locator('#hours-servicestelle tbody tr').evaluateAll((list) => list.map((row) => row.textContent?.trim() ?? ''));
    expect(rows).toEqual([
      'Montag07:30–12:30',
      'Dienstag07:30–12:30',
      'Mittwoch07:30–12:30',
      'Donnerstag07:30–12:30, 14:00–17:30',
      'Freitag07:30–12:30',
      'Samstaggeschlossen',
      'Sonntaggeschlossen',
    ]);
    expect(await tab.locator('#hours-rathaus caption').textContent()).toContain('Nur mit Termin');
    expect(await tab.locator('#hours-rathaus tbody tr').nth(4).textContent()).toBe('Freitaggeschlossen');
    expect(await tab.getByText('An Feiertagen geschlossen.').count()).toBe(2);
    // Without JavaScript nothing claims to know whether it is open now.
    expect(await tab.locator('.open-status__text:not(:empty)').count()).toBe(0);
    await context.close();
  });
});

describe('schema.org JSON-LD of entry pages', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(testBuilds.readerFixture);
  });
  afterAll(() => site.close());

  /** A place in the JSON-LD, as far as the tests read it (schema.org names). */
  interface JsonLdPlace {
    '@type': string;
    name: string;
    address: unknown;
    openingHoursSpecification: unknown[];
  }
  /** The JSON-LD of an entry page, as far as the tests read it. */
  interface JsonLd {
    '@context': string;
    '@type': string;
    name: string;
    location?: JsonLdPlace[];
    provider?: unknown;
    availableChannel?: { serviceLocation: JsonLdPlace[] };
  }

  async function jsonLd(path: string): Promise<JsonLd> {
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url}${path}`);
    const text = await tab.locator('script[type="application/ld+json"]').textContent();
    await context.close();
    return JSON.parse(text ?? '');
  }

  it('describes the immigration office as a GovernmentOrganization whose offices name their opening hours', async () => {
    const data = await jsonLd('/de/organisations/abh-fixture/');
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('GovernmentOrganization');
    expect(data['name']).toBe('Ausländerbehörde Musterstadt');
    const service = data.location?.find((place) => place.name === 'Info- und Servicestelle');
    expect(service?.['@type']).toBe('GovernmentOffice');
    expect(service?.address).toMatchObject({
      '@type': 'PostalAddress',
      streetAddress: 'Rathausplatz 1',
      postalCode: '99991',
      addressLocality: 'Musterstadt',
    });
    expect(service?.openingHoursSpecification).toEqual(
      expect.arrayContaining([
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
          opens: '07:30',
          closes: '12:30',
        },
        { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Thursday'], opens: '14:00', closes: '17:30' },
      ]),
    );
  });

  it('describes a counselling service with its provider and the place where it is offered', async () => {
    const data = await jsonLd('/en/services/mbe-fixture/');
    expect(data['@type']).toBe('Service');
    expect(data['provider']).toMatchObject({ '@type': 'Organization', name: 'Wohlfahrtsverband Musterstadt e. V.' });
    expect(data.availableChannel?.serviceLocation[0]?.openingHoursSpecification[0]).toMatchObject({ opens: '09:00', closes: '16:00' });
  });
});
