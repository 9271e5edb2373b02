import { describe, expect, it } from 'vitest';
import { agreementSchema } from '#src/schema/collections/agreements.ts';
import { journeySchema } from '#src/schema/collections/journeys.ts';
import { organisationSchema } from '#src/schema/collections/organisations.ts';
import { projectSchema } from '#src/schema/collections/projects.ts';
import { serviceSchema } from '#src/schema/collections/services.ts';
import { collections, siteConfigSchema } from '#src/schema/index.ts';
import { isCalendarDate } from '#src/schema/shared/dates.ts';
import { email, phone, webUrl } from '#src/schema/shared/links.ts';
import { openingHoursError, openingHoursWarnings } from '#src/schema/shared/opening-hours.ts';
import { describeObject, forEachField } from '#src/lib/schema/describe-fields.ts';

const base = {
  title: 'Jobcenter Musterstadt',
  summary: 'Bürgergeld und Arbeitsvermittlung.',
  topics: ['arbeit'],
  reviewed: '2026-05-10',
  owner: 'Jobcenter',
};
const organisation = { ...base, providerType: 'behoerde', sector: 'public-administration' };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('links in content', () => {
  const url = webUrl({ label: 'Webseite' });
  it('accept https and http addresses', () => {
    expect(url.safeParse('https://www.example.org/termine').success).toBe(true);
    expect(url.safeParse('http://example.org').success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/file', 'www.example.org'])(
    'reject %s, which would not open a web page or would run code',
    (value) => {
      expect(url.safeParse(value).success).toBe(false);
    },
  );

  it('check e-mail addresses and phone numbers', () => {
    expect(email({ label: 'E-Mail' }).safeParse('beratung@example.org').success).toBe(true);
    expect(email({ label: 'E-Mail' }).safeParse('beratung(at)example.org').success).toBe(false);
    expect(phone({ label: 'Telefon' }).safeParse('+49 9999 100-200').success).toBe(true);
    expect(phone({ label: 'Telefon' }).safeParse('bitte anrufen').success).toBe(false);
  });
});

describe('dates', () => {
  it('accept real calendar days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('31.03.2026')).toBe(false);
  });

  it('are kept as text even when a YAML parser hands over a Date', () => {
    const parsed = organisationSchema.parse({ ...organisation, reviewed: new Date('2026-05-10T00:00:00Z') });
    expect(parsed.reviewed).toBe('2026-05-10');
  });
});

describe('opening hours', () => {
  it('accept OpenStreetMap syntax with holidays', () => {
    expect(openingHoursError('Mo,Tu,Th 07:30-12:00; We 14:00-18:00; PH off')).toBeUndefined();
    expect(openingHoursWarnings('Mo,Tu,Th 07:30-12:00; We 14:00-18:00; PH off')).toEqual([]);
  });

  it('accept valid rules the library only warns about, and say so formally with the fix', () => {
    expect(openingHoursError('24/7; PH off')).toBeUndefined();
    expect(openingHoursWarnings('24/7; PH off')).toEqual([
      'Öffnungszeiten bei „24/7; PH off“: „24/7“ zusammen mit weiteren Regeln ist mehrdeutig – eindeutig ist „open“, z. B. „open; PH off“',
    ]);
  });

  it('reject rules the library can only guess (German words, hours without minutes)', () => {
    expect(openingHoursError('Mo-Fr 8-12')).toBe(
      'Öffnungszeiten bei „Mo-Fr 8-12“: Uhrzeit ohne Minuten ist mehrdeutig – mit Minuten schreiben, z. B. „08:00-12:00“',
    );
    expect(openingHoursError('Mittwoch 16:00-18:00')).toContain('englische Tageskürzel');
    expect(openingHoursWarnings('Mittwoch 16:00-18:00')).toEqual([]);
  });

  it('reject what the library cannot read, never addressing the editor as „du“', () => {
    expect(openingHoursError('Mo-Fr 08:00-12:00; week 60')).toBe(
      'Öffnungszeiten nicht lesbar bei „…08:00-12:00; week 60“ – Schreibweise wie „Mo-Fr 08:00-12:00; Sa 10:00-13:00; PH off“ verwenden',
    );
    expect(openingHoursError('Jan 32 10:00-12:00')).toContain('Die Tagesangabe für Jan muss zwischen 1 und 31 liegen');
    for (const rule of ['xyz', 'Mo-Fr 25:00-26:00', 'Mo-Fr 08:00-12:00; week 60', '24/7; PH off', 'Mo-Fr 08:00-12:00;']) {
      for (const message of [openingHoursError(rule) ?? '', ...openingHoursWarnings(rule)])
        expect(message).not.toMatch(/\b(du|dein\w*)\b/i);
    }
  });
});

describe('collection schemas', () => {
  it('fill in defaults editors may leave out', () => {
    const parsed = organisationSchema.parse(organisation);
    expect(parsed.visibility).toBe('public');
    expect(parsed.reviewIntervalMonths).toBe(12);
    expect(parsed.keywords).toEqual([]);
    expect(parsed.locations).toEqual([]);
  });

  it('reject a field that is not in the schema (a typo is not silently dropped)', () => {
    const result = organisationSchema.safeParse({ ...organisation, shortname: 'JC' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('reject a project that ends before it starts', () => {
    const result = projectSchema.safeParse({ ...base, kind: 'project', operator: 'verein', start: '2026-01-01', end: '2025-12-31' });
    expect(messages(result)).toEqual(['end: Ende (2025-12-31) liegt vor dem Beginn (2026-01-01) – Daten prüfen oder tauschen']);
  });

  it('reject an age range whose upper limit is below its lower limit', () => {
    const result = serviceSchema.safeParse({
      ...base,
      provider: 'verein',
      forms: ['case-work'],
      languages: ['de'],
      access: { channels: ['walk-in'] },
      ageMin: 27,
      ageMax: 12,
    });
    expect(messages(result)).toEqual(['ageMax: „Alter bis“ (12) liegt unter „Alter ab“ (27) – Werte tauschen']);
  });

  const agreement = {
    ...base,
    type: 'kooperationsvereinbarung',
    parties: ['abh', 'jobcenter'],
    level: 3,
    status: 'active',
    plainSummary: 'Wir stimmen uns ab.',
    lead: 'abh',
  };

  it('require the signing date of an active agreement', () => {
    expect(agreementSchema.safeParse(agreement).success).toBe(false);
    expect(agreementSchema.safeParse({ ...agreement, signedOn: '2025-04-01' }).success).toBe(true);
  });

  it('require a level 1–5 of an agreement in force, and none of one under negotiation', () => {
    const signed = { ...agreement, signedOn: '2025-04-01' };
    const { level: _level, ...withoutLevel } = signed;
    expect(agreementSchema.safeParse(withoutLevel).success).toBe(false);
    expect(agreementSchema.safeParse({ ...withoutLevel, status: 'suspended' }).success).toBe(false);
    expect(agreementSchema.safeParse({ ...withoutLevel, status: 'negotiating' }).success).toBe(true);
    expect(agreementSchema.safeParse({ ...signed, level: 0 }).success).toBe(false);
  });

  it('let agreements be made between any two or more parties, each named once', () => {
    const signed = { ...agreement, signedOn: '2025-04-01' };
    expect(agreementSchema.safeParse({ ...signed, parties: ['awo', 'caritas', 'diakonie'] }).success).toBe(true);
    expect(agreementSchema.safeParse({ ...signed, parties: ['awo'] }).success).toBe(false);
    expect(agreementSchema.safeParse({ ...signed, parties: ['awo', 'awo'] }).success).toBe(false);
  });

  it('keep the next review of an agreement after its last logged review', () => {
    const reviews = [{ date: '2026-03-01', result: 'amended', role: 'ABH und Jobcenter' }];
    const signed = { ...agreement, signedOn: '2025-04-01', reviews };
    expect(agreementSchema.safeParse({ ...signed, nextReview: '2027-03-01' }).success).toBe(true);
    expect(agreementSchema.safeParse({ ...signed, nextReview: '2026-02-01' }).success).toBe(false);
    expect(agreementSchema.safeParse({ ...signed, reviews: [{ ...reviews[0], result: 'vertagt' }] }).success).toBe(false);
  });

  it('require at least two steps in a journey', () => {
    const step = { title: 'Termin buchen', text: 'Online buchen.' };
    expect(journeySchema.safeParse({ ...base, steps: [step] }).success).toBe(false);
    expect(journeySchema.safeParse({ ...base, steps: [step, step] }).success).toBe(true);
  });

  it('give every field of every collection, at any depth, a German label (CMS and CSV headings)', () => {
    const unlabelled: string[] = [];
    for (const [name, { schema }] of Object.entries(collections)) {
      forEachField(describeObject(schema), (field) => {
        if (!field.meta?.label) unlabelled.push(`${name}.${field.path.join('.')}`);
      });
    }
    expect(unlabelled).toEqual([]);
  });

  it('mark the direct lines for professionals as internal', () => {
    const fields = describeObject(organisationSchema);
    expect(fields.find((field) => field.key === 'professionalContact')?.meta?.internal).toBe(true);
    expect(fields.find((field) => field.key === 'contact')?.meta?.internal).toBeUndefined();
  });
});

describe('the site configuration', () => {
  const config = {
    url: 'https://lotse.example.org',
    municipality: 'Teststadt',
    name: { de: 'Lotse' },
    tagline: { de: 'Wer hilft wobei?' },
    country: 'DE',
    state: 'Bayern',
    timeZone: 'Europe/Berlin',
    locales: ['de', 'en'],
    hub: 'abh',
    editorialOffice: { name: 'Integration', email: 'integration@example.org', phone: '+49 9999 100' },
    districts: [{ id: 'mitte', label: { de: 'Mitte' } }],
    map: { center: { lat: 49.6, lng: 11 }, zoom: 13, tileUrl: '', attribution: '' },
    transitUrl: 'https://example.org/route',
    dataLicence: { name: 'DL-DE-BY-2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  };

  it('accepts a complete configuration', () => {
    expect(messages(siteConfigSchema.safeParse(config))).toEqual([]);
  });

  it('requires German as the first language', () => {
    expect(messages(siteConfigSchema.safeParse({ ...config, locales: ['en', 'de'] }))).toEqual([
      'locales: die erste Sprache muss „de“ sein – Deutsch ist die Quellsprache; „de“ an den Anfang stellen',
    ]);
  });

  it('rejects an unknown federal state and time zone', () => {
    expect(messages(siteConfigSchema.safeParse({ ...config, state: 'Bavaria', timeZone: 'Europe/Munich' }))).toEqual([
      'timeZone: ist keine Zeitzone – „Europe/Berlin“ eintragen',
      'state: „Bavaria“ ist kein Bundesland – den Namen ausschreiben, z. B. „Bayern“ oder „Nordrhein-Westfalen“',
    ]);
  });

  it('accepts map tiles only from an https address (or a tile server on this machine) with {z}, {x} and {y}', () => {
    const withTiles = (tileUrl: string) => siteConfigSchema.safeParse({ ...config, map: { ...config.map, tileUrl } }).success;
    expect(withTiles('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(true);
    expect(withTiles('http://tiles.example.org/{z}/{x}/{y}.png')).toBe(false);
    expect(withTiles('https://tiles.example.org/tile.png')).toBe(false);
    expect(withTiles('http://127.0.0.1:8080/{z}/{x}/{y}.png')).toBe(true);
    expect(withTiles('http://localhost.example.org/{z}/{x}/{y}.png')).toBe(false);
  });
});
