import { describe, expect, it } from 'vitest';
import { loadDirectory } from '#scripts/bench/search/load-indexes.ts';
import { entriesOf } from '#src/lib/content/directory.ts';
import { ageVerdict, districtCondition, fitsAge, fitsDistrict, fitsStatus, termVerdict } from '#src/lib/eligibility.ts';
import { buildSearchIndex } from '#src/lib/search/build-search-index.ts';
import { emptyFilters, judge, type SearchFilters } from '#src/lib/search/search-filters.ts';

describe('an age against an entry’s limits', () => {
  const jmd = { ageMin: 12, ageMax: 26 };

  it('includes both bounds', () => {
    expect(ageVerdict(jmd, 12)).toBe('match');
    expect(ageVerdict(jmd, 26)).toBe('match');
    expect(ageVerdict(jmd, 11)).toBe('miss');
    expect(ageVerdict(jmd, 27)).toBe('miss');
  });

  it('knows a lower or an upper limit alone', () => {
    expect(ageVerdict({ ageMin: 27 }, 80)).toBe('match');
    expect(ageVerdict({ ageMin: 27 }, 26)).toBe('miss');
    expect(ageVerdict({ ageMax: 17 }, 0)).toBe('match');
    expect(ageVerdict({ ageMax: 17 }, 18)).toBe('miss');
  });

  it('sets no condition without limits, and asks nothing when the age is not known', () => {
    expect(ageVerdict({}, 45)).toBe('open');
    expect(fitsAge(jmd, undefined)).toBe(true);
    expect(fitsAge(jmd, 30)).toBe(false);
  });
});

describe('listed values against wanted ones', () => {
  it('fits when any wanted value is listed', () => {
    expect(termVerdict(['ar', 'fa'], ['uk', 'fa'], false)).toBe('match');
  });

  it('lets an empty list mean "everyone" only where the schema says so (emptyMeansAll)', () => {
    expect(termVerdict([], ['nordstadt'], true)).toBe('open');
    expect(termVerdict([], ['ar'], false)).toBe('miss');
    expect(termVerdict(['altstadt'], ['nordstadt'], true)).toBe('miss');
  });
});

describe('residence status', () => {
  it('admits every status where none is listed, and asks nothing when the status is not known', () => {
    expect(fitsStatus({ residenceStatuses: [] }, 'duldung')).toBe(true);
    expect(fitsStatus({ residenceStatuses: ['duldung'] }, undefined)).toBe(true);
    expect(fitsStatus({ residenceStatuses: ['aufenthaltsgestattung'] }, 'duldung')).toBe(false);
  });

  it('treats temporary protection (§ 24) as a status of its own', () => {
    expect(fitsStatus({ residenceStatuses: ['aufenthaltserlaubnis', 'niederlassungserlaubnis'] }, 'schutz-24')).toBe(false);
    expect(fitsStatus({ residenceStatuses: ['anerkannte-fluechtlinge', 'schutz-24'] }, 'schutz-24')).toBe(true);
    expect(fitsStatus({ residenceStatuses: [] }, 'schutz-24')).toBe(true);
  });
});

describe('districts', () => {
  it('are those an offer serves, wherever its office is', () => {
    // An office in the Altstadt that serves the Nordstadt is for the Nordstadt only.
    expect(districtCondition(['nordstadt'], ['altstadt'])).toEqual({ districts: ['nordstadt'], everywhere: false });
    expect(fitsDistrict({ districts: ['nordstadt'] }, 'altstadt')).toBe(false);
    expect(fitsDistrict({ districts: ['nordstadt'] }, 'nordstadt')).toBe(true);
  });

  it('are every district when an offer names none it serves', () => {
    expect(districtCondition([], ['altstadt'])).toEqual({ districts: [], everywhere: true });
    expect(fitsDistrict({ districts: [] }, 'westend')).toBe(true);
    expect(fitsDistrict({ districts: ['nordstadt'] }, undefined)).toBe(true);
  });

  it('are where an entry is located when it cannot name districts it serves, and no other', () => {
    const located = districtCondition(undefined, ['altstadt', 'westend', 'altstadt']);
    expect(located).toEqual({ districts: ['altstadt', 'westend'], everywhere: false });
    expect(termVerdict(located.districts, ['nordstadt'], located.everywhere)).toBe('miss');
    const nowhere = districtCondition(undefined, []);
    expect(termVerdict(nowhere.districts, ['nordstadt'], nowhere.everywhere)).toBe('miss');
  });
});

describe('the finder and the search filters', () => {
  it('agree on every demo service for every age, status and district', async () => {
    const directory = await loadDirectory();
    const index = buildSearchIndex({ directory, locale: 'de', intlLocale: 'de-DE', kindLabels: {} });
    const now = new Date('2026-11-23T09:00:00+01:00');
    const statuses = (directory.vocabularies['residence-statuses'] ?? []).map((term) => term.id);
    const districts = directory.site.districts.map((district) => district.id);
    const services = entriesOf(directory, 'services');
    expect(services.length).toBeGreaterThan(10);
    expect(statuses).toContain('schutz-24');
    /** Whether the search (and so the counselling comparison) lets the service through on one criterion. */
    const passes = (id: string, filters: SearchFilters, criterion: 'age' | 'residence-statuses' | 'districts') => {
      const doc = index.docs.find((candidate) => candidate.id === id);
      if (!doc) throw new Error(`no search document ${id}`);
      return judge(doc, filters, criterion, index, now) !== 'miss';
    };
    const asking = (change: (filters: SearchFilters) => void) => {
      const filters = emptyFilters();
      change(filters);
      return filters;
    };
    for (const service of services) {
      for (let age = 0; age <= 100; age++) {
        const filters = asking((f) => (f.age = age));
        expect(passes(service.id, filters, 'age'), `${service.id} at ${age}`).toBe(fitsAge(service.data, age));
      }
      for (const status of statuses) {
        const filters = asking((f) => (f.terms['residence-statuses'] = [status]));
        expect(passes(service.id, filters, 'residence-statuses'), `${service.id} for ${status}`).toBe(fitsStatus(service.data, status));
      }
      for (const district of districts) {
        const filters = asking((f) => (f.terms.districts = [district]));
        expect(passes(service.id, filters, 'districts'), `${service.id} in ${district}`).toBe(fitsDistrict(service.data, district));
      }
    }
  });
});
