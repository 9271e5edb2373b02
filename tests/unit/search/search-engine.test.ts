import { describe, expect, it } from 'vitest';
import { createSearchEngine, highlightRanges } from '#src/lib/search/search-engine.ts';
import { emptyFilters } from '#src/lib/search/search-filters.ts';
import type { SearchDoc, SearchIndex } from '#src/lib/search/search-index-types.ts';
import { normalizeSynonyms } from '#src/lib/search/build-search-index.ts';

function indexOf(docs: SearchDoc[], synonyms: string[][] = []): SearchIndex {
  return {
    version: 1,
    locale: 'de',
    timeZone: 'Europe/Berlin',
    built: '2026-11-22',
    synonyms: normalizeSynonyms(synonyms.map((terms, index) => ({ id: `g${index}`, terms }))),
    labels: { kinds: {}, topics: {}, districts: {}, languages: {} },
    hours: [{ w: ['0800-1200', '0800-1200', '', '', '', '', ''] }],
    docs,
  };
}

const docs: SearchDoc[] = [
  { id: 'abh', c: 'organisations', t: 'Ausländerbehörde Musterstadt', k: 'abh', x: 'aufenthaltstitel visum duldung', h: [0] },
  {
    id: 'mbe',
    c: 'services',
    t: 'Migrationsberatung für Erwachsene',
    k: 'mbe',
    x: 'beratung zugewanderte ab 27',
    a: [27, null],
    f: { languages: ['ar', 'de'] },
  },
  {
    id: 'jmd',
    c: 'services',
    t: 'Jugendmigrationsdienst',
    k: 'jmd',
    x: 'beratung junge menschen',
    a: [12, 26],
    f: { languages: ['de', 'tr'] },
  },
  { id: 'kurs', c: 'projects', t: 'Deutsch-Kurs mit Kinderbetreuung', x: 'frauen sprache' },
  { id: 'titel', c: 'responsibilities', t: 'Aufenthaltstitel verlängern', x: 'auslanderbehorde termin' },
  { id: 'beratungs', c: 'services', t: 'Sozialberatung', x: 'migration allgemein' },
];

const engine = createSearchEngine(
  indexOf(docs, [
    ['ABH', 'Ausländerbehörde', 'immigration office'],
    ['Aufenthaltstitel', 'residence permit'],
  ]),
);
const ids = (query: string, filters = emptyFilters()) =>
  engine.search(query, { filters, now: new Date('2026-11-23T09:00:00+01:00') }).hits.map((hit) => hit.doc.id);

describe('the search engine', () => {
  it('finds an entry from a misspelled word', () => {
    expect(ids('migrationsberatng')[0]).toBe('mbe');
    expect(ids('aufenthalstitel')[0]).toBe('titel');
  });

  it('finds an entry typed without umlauts', () => {
    expect(ids('Auslanderbehorde')[0]).toBe('abh');
    expect(ids('auslaenderbehoerde')[0]).toBe('abh');
  });

  it('finds entries through synonyms in another language', () => {
    expect(ids('immigration office')[0]).toBe('abh');
    expect(ids('residence permit')).toContain('titel');
  });

  it('ranks exact and prefix matches above fuzzy ones', () => {
    const local = createSearchEngine(
      indexOf([
        { id: 'fuzzy', c: 'services', t: 'Migrationsberatunk' },
        { id: 'exact', c: 'services', t: 'Anderes', x: 'migrationsberatung' },
        { id: 'prefix', c: 'services', t: 'Sonstiges', x: 'migrationsberatungsstelle' },
      ]),
    );
    expect(local.search('migrationsberatung').hits.map((hit) => hit.doc.id)).toEqual(['exact', 'prefix', 'fuzzy']);
    // A misspelled query has no exact or prefix match, so fuzzy matches are looked for.
    expect(local.search('migrationsberatnug').hits.map((hit) => hit.doc.id)).toEqual(expect.arrayContaining(['exact', 'prefix']));
  });

  it('does not look for misspellings of a word that many entries contain as typed', () => {
    const docs = ['a', 'b', 'c', 'd'].map((id) => ({ id, c: 'services', t: `Beratung ${id}` }));
    const local = createSearchEngine(indexOf([...docs, { id: 'typo', c: 'services', t: 'Beratunk' }]));
    expect(local.search('beratung').hits.map((hit) => hit.doc.id)).not.toContain('typo');
  });

  it('matches a word inside a German compound and a compound typed as one word', () => {
    expect(ids('beratung')).toEqual(expect.arrayContaining(['mbe', 'beratungs']));
    expect(ids('deutschkurs')[0]).toBe('kurs');
  });

  it('returns nothing for short fragments that are not whole words', () => {
    expect(ids('xq')).toEqual([]);
    expect(ids('ra')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });

  it('finds abbreviations of three letters exactly', () => {
    expect(ids('jmd')).toEqual(['jmd']);
    expect(ids('ABH')[0]).toBe('abh');
  });

  it('ignores stop words but still ranks by the rest of the query', () => {
    expect(ids('was muss ich tun aufenthaltstitel')[0]).toBe('titel');
  });

  it('narrows results by facets: language spoken and age', () => {
    const filters = emptyFilters();
    filters.terms.languages = ['ar'];
    expect(ids('beratung', filters)).toEqual(['mbe']);
    const young = emptyFilters();
    young.age = 19;
    expect(ids('migration', young)).not.toContain('mbe');
    expect(ids('migration', young)).toContain('jmd');
  });

  it('lists every entry passing the filters when there is no query', () => {
    const filters = emptyFilters();
    filters.kinds = ['services'];
    expect(ids('', filters).sort()).toEqual(['beratungs', 'jmd', 'mbe']);
    expect(ids('')).toEqual([]);
  });

  it('filters by "open now" using the municipality clock', () => {
    const filters = emptyFilters();
    filters.openNow = true;
    const open = engine.search('', { filters, now: new Date('2026-11-23T09:00:00+01:00') }).hits.map((hit) => hit.doc.id);
    const closed = engine.search('', { filters, now: new Date('2026-11-25T09:00:00+01:00') }).hits.map((hit) => hit.doc.id);
    expect(open).toEqual(['abh']);
    expect(closed).toEqual([]);
  });
});

describe('ranking by what the query means', () => {
  it('lists the entry a query names by its short name first, though others match more words', () => {
    const local = createSearchEngine(
      indexOf([
        { id: 'bamf', c: 'organisations', t: 'Bundesamt für Migration und Flüchtlinge', n: 'bamf', x: 'integrationskurs' },
        { id: 'asyl', c: 'services', t: 'Asylverfahrensberatung', k: 'bamf anhorung', x: 'behordenunabhangig ansprechpartner' },
      ]),
    );
    expect(local.search('ansprechpartner bamf für behörden').hits.map((hit) => hit.doc.id)).toEqual(['bamf', 'asyl']);
  });

  it('lists an entry first when the query is its whole title, not when the title is a small part of it', () => {
    const local = createSearchEngine(
      indexOf([
        { id: 'finder', c: 'tools', t: 'Wer ist zuständig?' },
        { id: 'landkreis', c: 'faq', t: 'Ich wohne im Landkreis – wer ist für mich zuständig?', k: 'wohnort' },
      ]),
    );
    expect(local.search('wer ist zuständig').hits[0]?.doc.id).toBe('finder');
    expect(local.search('ich wohne im landkreis wer ist zuständig').hits[0]?.doc.id).toBe('landkreis');
  });

  it('prefers the kind a query word names, without hiding the others', () => {
    const local = createSearchEngine({
      ...indexOf([
        { id: 'club', c: 'associations', t: 'Türkischer Kulturverein', x: 'treffen' },
        { id: 'course', c: 'projects', t: 'Türkisch für Anfänger', k: 'verein' },
        { id: 'paper', c: 'publications', t: 'Schnittstellenpapier Vereine', k: 'liste' },
      ]),
      kindWords: { associations: ['verein'], publications: ['pdf', 'download'] },
    });
    expect(local.search('verein türkisch').hits.map((hit) => hit.doc.id)).toEqual(['club', 'course']);
    expect(local.search('vereine liste pdf').hits[0]?.doc.id).toBe('paper');
  });

  it('weighs a word by how many entries use it, also where the index keeps it for few', () => {
    const docs: SearchDoc[] = [
      { id: 'a', c: 'services', t: 'Beratung A', x: 'behorden' },
      { id: 'b', c: 'services', t: 'Beratung B', x: 'vhs' },
      ...['c', 'd', 'e', 'f', 'g', 'h'].map((id) => ({ id, c: 'services', t: `Angebot ${id}` })),
    ];
    // Without the build's count "behorden" looks as rare as "vhs"; with it, "vhs" decides.
    expect(
      createSearchEngine(indexOf(docs))
        .search('behörden vhs')
        .hits.map((hit) => hit.doc.id),
    ).toEqual(['a', 'b']);
    expect(createSearchEngine({ ...indexOf(docs), common: { behorden: 7 } }).search('behörden vhs').hits[0]?.doc.id).toBe('b');
  });

  it('finds the entries for an age named in the query', () => {
    expect(ids('beratung 19')[0]).toBe('jmd');
    expect(ids('beratung 40')[0]).toBe('mbe');
    expect(ids('beratung 40')).not.toContain('jmd');
  });

  it('repairs a misspelling to the word of its length rather than a longer one', () => {
    const local = createSearchEngine(
      indexOf([
        { id: 'longer', c: 'journeys', t: 'Vom Sozialamt zum Jobcentera' },
        { id: 'office', c: 'organisations', t: 'Jobcenter Musterstadt' },
      ]),
    );
    expect(local.search('jobsenter').hits[0]?.doc.id).toBe('office');
  });
});

describe('highlighting', () => {
  it('marks the matched words in the original text, umlauts included', () => {
    const results = engine.search('auslanderbeh');
    const title = 'Ausländerbehörde Musterstadt';
    const ranges = highlightRanges(title, results.matched);
    expect(ranges.map(([from, to]) => title.slice(from, to))).toEqual(['Ausländerbeh']);
  });
});
