import { describe, expect, it } from 'vitest';
import { entryJsonLd, openingHoursSpecification, serializeJsonLd } from '#src/lib/json-ld.ts';
import { weekTable } from '#src/lib/opening-hours.ts';

const place = { name: 'Bürgerbüro', street: 'Rathausplatz 1', postalCode: '99991', city: 'Musterstadt', lat: 49.5968, lng: 11.0035 };

describe('openingHoursSpecification', () => {
  it('groups weekdays with the same hours and keeps split days apart', () => {
    const table = weekTable('Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off', { state: 'Bayern' }, '2026-11-22');
    expect(openingHoursSpecification(table)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        opens: '08:00',
        closes: '12:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Thursday'], opens: '14:00', closes: '18:00' },
    ]);
  });
});

describe('entryJsonLd', () => {
  const common = {
    url: 'https://example.org/de/x/',
    inLanguage: 'de',
    name: 'Ausländerbehörde',
    description: 'Aufenthalt',
    reviewed: '2026-09-01',
  };

  it('makes an authority a GovernmentOrganization with GovernmentOffice locations', () => {
    const data = entryJsonLd({ ...common, collection: 'organisations', government: true, places: [place] });
    expect(data?.['@type']).toBe('GovernmentOrganization');
    expect((data?.['location'] as { '@type': string }[])[0]?.['@type']).toBe('GovernmentOffice');
  });

  it('makes an association an Organization with Place locations and leaves empty fields out', () => {
    const data = entryJsonLd({ ...common, collection: 'associations', government: false, places: [place] });
    expect(data?.['@type']).toBe('Organization');
    expect((data?.['location'] as { '@type': string }[])[0]?.['@type']).toBe('Place');
    expect(data).not.toHaveProperty('telephone');
  });

  it('makes a responsibility a GovernmentService of its office', () => {
    const data = entryJsonLd({
      ...common,
      collection: 'responsibilities',
      government: false,
      places: [place],
      provider: { name: 'ABH', url: 'https://example.org/de/organisations/abh/', government: true },
    });
    expect(data?.['@type']).toBe('GovernmentService');
    expect(data?.['provider']).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'ABH',
      url: 'https://example.org/de/organisations/abh/',
    });
  });

  it('makes a journey a HowTo with numbered steps and has nothing for a network', () => {
    const journey = entryJsonLd({
      ...common,
      collection: 'journeys',
      government: false,
      places: [],
      steps: [
        { name: 'A', text: 'a' },
        { name: 'B', text: 'b' },
      ],
    });
    expect(journey?.['@type']).toBe('HowTo');
    expect((journey?.['step'] as { position: number }[]).map((step) => step.position)).toEqual([1, 2]);
    expect(entryJsonLd({ ...common, collection: 'networks', government: false, places: [] })).toBeUndefined();
  });
});

describe('serializeJsonLd', () => {
  it('cannot be used to close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
