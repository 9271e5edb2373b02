import { buildDirectory, type Directory } from '#src/lib/content/directory.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { collections, type CollectionName } from '#src/schema/index.ts';

const review = { reviewed: '2026-09-01', owner: 'Stabsstelle Integration' };
const place = (id: string, district: string, lat: number, lng: number, openingHours = 'Mo-Fr 08:00-12:00; PH off') => ({
  id,
  name: `Standort ${id}`,
  address: { street: 'Hauptstraße 1', postalCode: '99999', city: 'Musterstadt', district, coordinates: { lat, lng } },
  openingHours,
});

/** A small directory shaped like the demo content, for tests of the search index, finder and map. */
const raw: {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  translations?: Record<string, Record<string, unknown>>;
}[] = [
  {
    collection: 'organisations',
    id: 'auslaenderbehoerde-musterstadt',
    data: {
      ...review,
      title: 'Ausländerbehörde Musterstadt',
      shortName: 'ABH',
      summary: 'Aufenthaltstitel und Visa.',
      topics: ['aufenthalt'],
      providerType: 'behoerde',
      sector: 'public-administration',
      languages: ['de', 'en'],
      locations: [place('rathaus', 'altstadt', 49.59, 11.0)],
    },
    translations: { en: { title: 'Immigration Office Musterstadt', summary: 'Residence permits and visas.' } },
  },
  {
    collection: 'organisations',
    id: 'caritas',
    data: {
      ...review,
      title: 'Caritasverband Musterstadt',
      summary: 'Wohlfahrtsverband.',
      topics: ['beratung'],
      providerType: 'wohlfahrtsverband',
      sector: 'third-sector',
      languages: ['de', 'ar'],
      locations: [place('zentrum', 'nordstadt', 49.6, 11.01), place('sued', 'suedstadt', 49.58, 11.0, 'Tu 14:00-16:00')],
    },
  },
  {
    collection: 'organisations',
    id: 'jobcenter',
    data: {
      ...review,
      title: 'Jobcenter Musterstadt',
      summary: 'Bürgergeld und Arbeit.',
      topics: ['arbeit', 'soziale-leistungen'],
      providerType: 'behoerde',
      sector: 'public-administration',
      locations: [place('haus', 'bahnhofsviertel', 49.585, 11.02)],
    },
  },
  {
    collection: 'responsibilities',
    id: 'aufenthaltstitel-verlaengern',
    data: {
      ...review,
      title: 'Aufenthaltstitel verlängern',
      summary: 'Vor Ablauf rechtzeitig beantragen.',
      keywords: ['Visum verlängern'],
      topics: ['aufenthalt'],
      office: 'auslaenderbehoerde-musterstadt',
      residenceStatuses: ['aufenthaltserlaubnis', 'blaue-karte-eu'],
      access: { channels: ['online-booking'] },
      allocation: [
        { criterion: 'surname', value: 'A–K', team: 'Team 1' },
        { criterion: 'district', value: 'Nordstadt und Westend', team: 'Team Nord' },
      ],
    },
    translations: { en: { title: 'Extend a residence permit (residence permit expires)', summary: 'Apply before it expires.' } },
  },
  {
    collection: 'responsibilities',
    id: 'buergergeld',
    data: {
      ...review,
      title: 'Bürgergeld beantragen',
      summary: 'Leistungen nach SGB II.',
      topics: ['soziale-leistungen'],
      office: 'jobcenter',
      residenceStatuses: ['anerkannte-fluechtlinge'],
      access: { channels: ['appointment'] },
    },
  },
  {
    collection: 'responsibilities',
    id: 'asylbewerberleistungen',
    data: {
      ...review,
      title: 'Leistungen nach dem AsylbLG',
      summary: 'Geld während des Asylverfahrens.',
      topics: ['soziale-leistungen'],
      office: 'jobcenter',
      residenceStatuses: ['aufenthaltsgestattung', 'duldung'],
      handoverTo: ['buergergeld'],
      access: { channels: ['appointment'] },
    },
  },
  {
    collection: 'services',
    id: 'mbe-caritas',
    data: {
      ...review,
      title: 'Migrationsberatung für Erwachsene (MBE)',
      summary: 'Beratung ab 27.',
      topics: ['aufenthalt', 'beratung'],
      provider: 'caritas',
      locations: ['zentrum'],
      forms: ['case-management'],
      ageMin: 27,
      languages: ['de', 'ar'],
      access: { channels: ['appointment'] },
    },
  },
  {
    collection: 'services',
    id: 'jmd',
    data: {
      ...review,
      title: 'Jugendmigrationsdienst',
      summary: 'Beratung für junge Menschen.',
      topics: ['aufenthalt', 'beratung'],
      provider: 'caritas',
      locations: ['sued'],
      forms: ['case-work'],
      ageMin: 12,
      ageMax: 26,
      languages: ['de', 'tr'],
      access: { channels: ['walk-in'] },
    },
  },
  {
    collection: 'services',
    id: 'fluechtlingsberatung-nord',
    data: {
      ...review,
      title: 'Flüchtlingsberatung Nordstadt',
      summary: 'Beratung für Geflüchtete.',
      topics: ['aufenthalt'],
      provider: 'caritas',
      forms: ['case-work'],
      residenceStatuses: ['aufenthaltsgestattung', 'duldung'],
      districts: ['nordstadt'],
      languages: ['de', 'ar', 'fa'],
      access: { channels: ['walk-in'] },
    },
  },
];

/** Build the fixture directory (public edition, fixed day). */
export function fixtureDirectory(): Directory {
  const site = readSiteConfig();
  const entries = raw.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    file: `content/${entry.collection}/de/${entry.id}.yaml`,
    data: collections[entry.collection].schema.parse(entry.data) as Record<string, unknown>,
  }));
  const translations = raw.flatMap((entry) =>
    Object.entries(entry.translations ?? {}).map(([locale, data]) => ({
      collection: entry.collection,
      id: entry.id,
      locale,
      file: `content/${entry.collection}/${locale}/${entry.id}.yaml`,
      data,
    })),
  );
  const term = (id: string) => ({ id, label: { de: id } });
  const vocabularies = {
    districts: site.districts.map((district) => ({ id: district.id, label: district.label })),
    topics: ['aufenthalt', 'beratung', 'arbeit', 'soziale-leistungen'].map(term),
    'residence-statuses': ['aufenthaltserlaubnis', 'blaue-karte-eu', 'aufenthaltsgestattung', 'duldung', 'anerkannte-fluechtlinge'].map(
      term,
    ),
    languages: [{ id: 'de' }, { id: 'ar' }],
    synonyms: [{ id: 'abh', terms: ['ABH', 'Ausländerbehörde', 'immigration office'] }],
  } as never;
  return buildDirectory({ site, entries, translations, vocabularies, edition: 'public', today: '2026-11-22' });
}
