import { describe, expect, it } from 'vitest';
import { emptyFilters, facetCounts, judge, passesFilters, readSearchParams, searchParamsOf } from '#src/lib/search/search-filters.ts';
import { listFacetOptions } from '#src/lib/search/list-facet-options.ts';
import type { SearchDoc, SearchIndex } from '#src/lib/search/search-index-types.ts';

const index: Pick<SearchIndex, 'hours' | 'timeZone' | 'built'> = { hours: [], timeZone: 'Europe/Berlin', built: '2026-11-22' };
const now = new Date('2026-11-23T09:00:00+01:00');

const docs: SearchDoc[] = [
  // A service for the whole city, free, short questions and case management.
  {
    id: 'mbe',
    c: 'services',
    t: 'MBE',
    a: [27, null],
    fr: 1,
    f: { languages: ['de', 'ar'], forms: ['short-questions', 'case-management'] },
    u: ['districts'],
  },
  // A service for two districts only, for people in shared housing.
  {
    id: 'gu',
    c: 'services',
    t: 'Beratung in der Unterkunft',
    fr: 1,
    f: { districts: ['westend'], accommodation: ['shared-housing'], forms: ['case-work'] },
  },
  // A service that costs something.
  { id: 'mieter', c: 'services', t: 'Mieterberatung', fr: 0, f: { forms: ['case-work'] }, u: ['districts', 'accommodation'] },
  // An organisation located in the Westend: no word on cost.
  { id: 'amt', c: 'organisations', t: 'Amt', f: { districts: ['westend'] } },
];

const ids = (filters = emptyFilters()) => docs.filter((doc) => passesFilters(doc, filters, index, now)).map((doc) => doc.id);

describe('the free-of-charge facet', () => {
  it('keeps only offers that say they are free; an entry that says nothing about cost is left out', () => {
    const filters = emptyFilters();
    filters.free = true;
    expect(ids(filters)).toEqual(['mbe', 'gu']);
  });

  it('is counted like every other facet', () => {
    expect(facetCounts(docs, emptyFilters(), index, now).free).toBe(2);
  });
});

describe('the form of counselling as a facet', () => {
  it('narrows to offers with that form', () => {
    const filters = emptyFilters();
    filters.terms.forms = ['case-management'];
    expect(ids(filters)).toEqual(['mbe']);
  });
});

describe('facets where "no value" means "no condition"', () => {
  it('let a service for the whole city fit every district, and say it sets no condition there', () => {
    const filters = emptyFilters();
    filters.terms.districts = ['nordstadt'];
    expect(ids(filters)).toEqual(['mbe', 'mieter']);
    expect(judge(docs[0]!, filters, 'districts', index, now)).toBe('open');
    expect(judge(docs[1]!, filters, 'districts', index, now)).toBe('miss');
    filters.terms.districts = ['westend'];
    expect(judge(docs[1]!, filters, 'districts', index, now)).toBe('match');
  });

  it('count an entry without a condition for every value of the facet', () => {
    const counts = facetCounts(docs, emptyFilters(), index, now);
    // westend: the unterkunft and the office name it; MBE and the tenants' advice serve the whole city.
    expect(counts.terms.districts['westend']).toBe(4);
    expect(counts.terms.accommodation['shared-housing']).toBe(2);
  });

  it('judge an age outside the range a miss and an entry without range open', () => {
    const filters = emptyFilters();
    filters.age = 19;
    expect(judge(docs[0]!, filters, 'age', index, now)).toBe('miss');
    expect(judge(docs[1]!, filters, 'age', index, now)).toBe('open');
    expect(judge(docs[1]!, emptyFilters(), 'age', index, now)).toBeUndefined();
  });
});

describe('filters in the address', () => {
  it('survive the round trip, with the short parameter names links use', () => {
    const params = new URLSearchParams('age=30&status=duldung&district=westend&lang=ar&housing=own-flat&form=case-work&free=1');
    const { filters } = readSearchParams(params);
    expect(filters.age).toBe(30);
    expect(filters.free).toBe(true);
    expect(filters.terms.accommodation).toEqual(['own-flat']);
    expect(filters.terms.forms).toEqual(['case-work']);
    expect(searchParamsOf('', filters)).toEqual({
      status: ['duldung'],
      lang: ['ar'],
      district: ['westend'],
      form: ['case-work'],
      housing: ['own-flat'],
      age: '30',
      free: '1',
    });
  });
});

describe('the choices of a facet', () => {
  const sources = {
    vocabularies: {
      districts: [
        { id: 'westend', label: { de: 'Westend' } },
        { id: 'nordstadt', label: { de: 'Nordstadt' } },
      ],
    },
    locale: 'de',
    intlLocale: 'de-DE',
    enumLabel: (group: string, value: string) => `${group}:${value}`,
  };

  it('label fixed values from the UI strings in schema order, counting only values entries have', () => {
    const options = listFacetOptions(docs, sources, { enumOrder: { forms: ['short-questions', 'case-work', 'case-management'] } });
    expect(options.terms.forms.map((option) => [option.label, option.count])).toEqual([
      ['form:short-questions', 1],
      ['form:case-work', 2],
      ['form:case-management', 1],
    ]);
    expect(options.terms.districts.map((option) => option.value)).toEqual(['westend']);
  });

  it('offer every value of a facet that describes the person, even one no entry names', () => {
    const options = listFacetOptions(docs, sources, {
      enumOrder: { accommodation: ['shared-housing', 'own-flat'] },
      everyValue: ['districts', 'accommodation'],
    });
    expect(options.terms.districts.map((option) => option.value)).toEqual(['westend', 'nordstadt']);
    expect(options.terms.accommodation.map((option) => option.value)).toEqual(['shared-housing', 'own-flat']);
  });
});
