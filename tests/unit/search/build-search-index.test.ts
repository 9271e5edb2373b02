import { describe, expect, it } from 'vitest';
import { createTranslator } from '#src/i18n/translate.ts';
import { dictionaries } from '#src/i18n/ui-strings.ts';
import { buildSearchIndex, summaryLine } from '#src/lib/search/build-search-index.ts';
import { createSearchEngine } from '#src/lib/search/search-engine.ts';
import { searchFieldsOf } from '#src/lib/search/search-fields.ts';
import { collectionNames } from '#src/schema/names.ts';
import { fixtureDirectory } from './fixture-directory.ts';

const directory = fixtureDirectory();
const build = (locale: 'de' | 'en') => buildSearchIndex({ directory, locale, intlLocale: locale, kindLabels: {} });

describe('the search index', () => {
  it('takes its fields from the schemas: every collection has a title field and keywords', () => {
    for (const collection of collectionNames) {
      const roles = searchFieldsOf(collection).map((field) => field.role);
      expect(roles, collection).toContain('title');
    }
    const services = searchFieldsOf('services').map((field) => field.path.join('.'));
    expect(services).toEqual(expect.arrayContaining(['title', 'summary', 'keywords', 'provider', 'programme', 'languages']));
  });

  it('indexes references by the referenced title and vocabulary terms by their label', () => {
    const index = build('de');
    const titel = index.docs.find((doc) => doc.id === 'aufenthaltstitel-verlaengern')!;
    expect(titel.x).toContain('auslanderbehorde');
    const mbe = index.docs.find((doc) => doc.id === 'mbe-caritas')!;
    expect(mbe.x).toContain('arabisch');
  });

  it('keeps German words in other languages, so German queries find translated entries', () => {
    const index = build('en');
    const abh = index.docs.find((doc) => doc.id === 'auslaenderbehoerde-musterstadt')!;
    expect(abh.t).toBe('Immigration Office Musterstadt');
    expect(abh.g).toContain('auslanderbehorde');
    const engine = createSearchEngine(index);
    expect(engine.search('Ausländerbehörde').hits[0]?.doc.id).toBe('auslaenderbehoerde-musterstadt');
  });

  it('marks German fallback titles, and carries facets, age and opening hours', () => {
    const index = build('en');
    const caritas = index.docs.find((doc) => doc.id === 'caritas')!;
    expect(caritas.tl).toBe('de');
    expect(caritas.f?.['districts']).toEqual(['nordstadt', 'suedstadt']);
    expect(caritas.f?.['languages']).toEqual(['de', 'ar']);
    expect(caritas.h?.length).toBe(2);
    const jmd = index.docs.find((doc) => doc.id === 'jmd')!;
    expect(jmd.a).toEqual([12, 26]);
    expect(jmd.f?.['forms']).toEqual(['case-work']);
  });

  it('gives a service the districts it serves, not those its places lie in, and marks "whole city" as no condition', () => {
    const index = build('de');
    // The JMD sits in the Südstadt but serves the whole city; the Nordstadt service serves only the Nordstadt.
    const jmd = index.docs.find((doc) => doc.id === 'jmd')!;
    expect(jmd.f?.['districts']).toBeUndefined();
    expect(jmd.u).toEqual(expect.arrayContaining(['districts', 'residence-statuses', 'accommodation']));
    const north = index.docs.find((doc) => doc.id === 'fluechtlingsberatung-nord')!;
    expect(north.f?.['districts']).toEqual(['nordstadt']);
    expect(north.u).not.toContain('districts');
    // An organisation names no area it serves: its places' districts stand for it.
    expect(index.docs.find((doc) => doc.id === 'caritas')?.u).toBeUndefined();
  });

  it('carries what a result card shows: one summary line, cost, and whether the entry is a referral target', () => {
    const index = build('en');
    const abh = index.docs.find((doc) => doc.id === 'auslaenderbehoerde-musterstadt')!;
    expect(abh.s).toBe('Residence permits and visas.');
    expect(abh.sl).toBeUndefined();
    expect(abh.r).toBe(1);
    const mbe = index.docs.find((doc) => doc.id === 'mbe-caritas')!;
    expect([mbe.s, mbe.sl, mbe.fr]).toEqual(['Beratung ab 27.', 'de', 1]);
    expect(index.labels.languages['ar']).toBe('Arabic');
  });

  it('shortens a long summary to one line at a word boundary', () => {
    const long =
      'Kostenlose Beratung zur Anerkennung ausländischer Berufs- und Studienabschlüsse und zu passenden Weiterbildungen – vor Ort, am Telefon oder per Video.';
    const line = summaryLine(long, 60);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toBe('Kostenlose Beratung zur Anerkennung ausländischer Berufs…');
    expect(summaryLine('Kurz.', 60)).toBe('Kurz.');
  });

  it('marks public holidays as exceptions of the regular week', () => {
    const index = build('de');
    const weekly = index.hours.find((table) => table.w[0] === '0800-1200')!;
    // 25 December 2026 is a Friday and a public holiday in Bayern.
    expect(weekly.x?.['2026-12-25']).toBe('');
  });

  it('keeps short names as names, and adds the site’s own tools and the words naming each kind', () => {
    const strings = { t: createTranslator('en', dictionaries.en), german: createTranslator('de', dictionaries.de) };
    const index = buildSearchIndex({ directory, locale: 'en', intlLocale: 'en', kindLabels: {}, strings });
    expect(index.docs.find((doc) => doc.id === 'auslaenderbehoerde-musterstadt')?.n).toBe('abh');
    const finder = index.docs.find((doc) => doc.id === 'finder');
    expect(finder).toMatchObject({ c: 'tools', t: 'Who is responsible?', p: '/en/finder/' });
    expect(finder?.g).toContain('zustandigkeitsfinder');
    expect(index.kindWords?.['services']).toEqual(expect.arrayContaining(['counselling', 'beratung']));
    expect(build('en').docs.some((doc) => doc.id === 'finder')).toBe(false);
  });

  it('normalizes the synonyms of the vocabulary into word lists', () => {
    expect(build('de').synonyms).toContainEqual([['abh'], ['auslanderbehorde'], ['immigration', 'office']]);
  });
});

describe('the index on the wire', () => {
  it('stores facet values once and decodes to the same index', async () => {
    const { encodeSearchIndex, decodeSearchIndex } = await import('#src/lib/search/search-index-types.ts');
    const index = build('en');
    const wire = encodeSearchIndex(index);
    expect(wire.facets['districts']).toContain('nordstadt');
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(index).length);
    expect(decodeSearchIndex(JSON.parse(JSON.stringify(wire)))).toEqual(index);
  });
});
