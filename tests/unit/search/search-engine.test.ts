import { describe, expect, it } from 'vitest';
import { createSearchEngine, highlightRanges } from '../../../src/lib/search/search-engine.ts';
import { emptyFilters } from '../../../src/lib/search/search-filters.ts';
import type { SearchDoc, SearchIndex } from '../../../src/lib/search/search-index-types.ts';
import { normalizeSynonyms } from '../../../src/lib/search/build-search-index.ts';

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

describe('highlighting', () => {
  it('marks the matched words in the original text, umlauts included', () => {
    const results = engine.search('auslanderbeh');
    const title = 'Ausländerbehörde Musterstadt';
    const ranges = highlightRanges(title, results.matched);
    expect(ranges.map(([from, to]) => title.slice(from, to))).toEqual(['Ausländerbeh']);
  });
});
